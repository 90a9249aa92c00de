package io.dirshare.sharing.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;
import io.dirshare.core.Ids;
import io.dirshare.core.Reads;
import io.dirshare.directories.Directory;
import io.dirshare.organizations.OrganizationQueries;
import io.dirshare.sharing.OwnerSharingService;
import io.dirshare.sharing.ShareMethod;
import io.dirshare.sharing.ShareTarget;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access requests: a member account asks for a share of a requestable directory; the owner account's
 * admins (those allowed ds:ShareDirectory) approve, which shares the directory through
 * {@link OwnerSharingService} with the ORGANIZATIONS method (all of ShareDirectory's rules and the quota
 * apply; a refusal rolls everything back and leaves the request open), or deny with a reason. A request
 * expires {@link AccessRequest#LIFETIME} after it was made, by the clock. Every step is in both
 * accounts' event history.
 */
@Service
@Transactional
public class AccessRequests {

	static final String EVENT_REQUEST = "RequestDirectoryAccess";

	static final String EVENT_APPROVE = "ApproveDirectoryAccessRequest";

	static final String EVENT_DENY = "DenyDirectoryAccessRequest";

	/** How many requests a page lists (the newest). */
	static final int LIST_LIMIT = 100;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private final AccessRequestRepository repository;

	private final OwnerSharingService owners;

	private final OrganizationQueries organizations;

	private final AuditTrail audit;

	private final Clock clock;

	AccessRequests(AccessRequestRepository repository, OwnerSharingService owners, OrganizationQueries organizations,
			AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.owners = owners;
		this.organizations = organizations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Asks for a share of a directory requestable in the caller's Region. The admins who may accept
	 * shared directories for the account may ask for one.
	 */
	public AccessRequest request(Caller caller, String directoryId, String justification) {
		return this.audit.audited(caller, EVENT_REQUEST, "directoryId=" + directoryId + ", region=" + caller.region().code(),
				() -> {
					caller.require(Action.DS_ACCEPT_SHARED_DIRECTORY);
					Directory.requireId(directoryId);
					requireText(justification, "Explain why this account needs the directory.", "A justification");
					String owner = this.repository.requestableOwner(directoryId, caller.region())
						.filter((candidate) -> !candidate.equals(caller.accountId())
								&& this.organizations.sameOrganization(candidate, caller.accountId()))
						.orElseThrow(() -> DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory "
								+ Echo.of(directoryId) + " is not available to your organization's accounts in "
								+ caller.region().code() + "."));
					if (this.repository.hasLiveShare(directoryId, caller.region(), caller.accountId())) {
						throw DirectoryServiceError.DIRECTORY_ALREADY_SHARED.exception("Directory " + directoryId
								+ " is already shared with this account in " + caller.region().code() + ".");
					}
					Instant now = this.clock.instant();
					AccessRequest request = new AccessRequest("ar-" + Ids.random("0123456789abcdef", 16), owner,
							directoryId, caller.region(), caller.accountId(), caller.arn(), justification.strip(),
							AccessRequestStatus.OPEN, null, null, null, now.truncatedTo(ChronoUnit.MILLIS),
							// Whole milliseconds, as the databases store them: one rounded up would be open past its lifetime.
							now.plus(AccessRequest.LIFETIME).truncatedTo(ChronoUnit.MILLIS), null, null);
					this.repository.releaseExpiredKey(AccessRequest.openKey(directoryId, caller.region(), caller.accountId()), now);
					try {
						this.repository.insert(request);
					}
					catch (DuplicateKeyException | PessimisticLockingFailureException alreadyOpen) {
						// MySQL may end the loser of two concurrent inserts of one key as a deadlock instead.
						throw DirectoryServiceError.ENTITY_ALREADY_EXISTS.exception("This account already has an open request for directory "
								+ directoryId + " in " + caller.region().code() + ". Wait for the owner's answer.");
					}
					this.audit.recordSuccessFor(owner, caller, EVENT_REQUEST,
							"requestId=" + request.id() + ", directoryId=" + directoryId + ", requester=" + caller.accountId());
					return request;
				});
	}

	/** Approves an open request: shares the directory with the requesting account (ORGANIZATIONS). */
	public AccessRequest approve(Caller caller, String requestId) {
		return this.audit.audited(caller, EVENT_APPROVE, "requestId=" + requestId, () -> {
			caller.require(Action.DS_SHARE_DIRECTORY);
			AccessRequest request = lockOpenRequestToOwner(caller, requestId);
			String sharedDirectoryId = this.owners.shareDirectory(caller.inRegion(request.region()),
					request.ownerDirectoryId(), ShareTarget.account(request.requesterAccountId()), ShareMethod.ORGANIZATIONS,
					null);
			this.repository.decide(request.id(), AccessRequestStatus.APPROVED, null, caller.arn(), sharedDirectoryId,
					this.clock.instant());
			this.audit.recordSuccessFor(request.requesterAccountId(), caller, EVENT_APPROVE, "requestId=" + requestId
					+ ", directoryId=" + request.ownerDirectoryId() + ", sharedDirectoryId=" + sharedDirectoryId);
			return this.repository.find(requestId).orElseThrow();
		});
	}

	/** Denies an open request with a reason the requesting account reads. */
	public AccessRequest deny(Caller caller, String requestId, String reason) {
		return this.audit.audited(caller, EVENT_DENY, "requestId=" + requestId, () -> {
			caller.require(Action.DS_SHARE_DIRECTORY);
			requireText(reason, "Give the reason for the denial; the requesting account reads it.", "A reason");
			AccessRequest request = lockOpenRequestToOwner(caller, requestId);
			this.repository.decide(request.id(), AccessRequestStatus.DENIED, reason.strip(), caller.arn(), null,
					this.clock.instant());
			this.audit.recordSuccessFor(request.requesterAccountId(), caller, EVENT_DENY,
					"requestId=" + requestId + ", directoryId=" + request.ownerDirectoryId());
			return this.repository.find(requestId).orElseThrow();
		});
	}

	/** The requests made to the caller's account in its Region, newest first, as the clock reads now. */
	@Reads
	public List<AccessRequest.View> toMyAccount(Caller caller) {
		caller.require(Action.DS_DESCRIBE_SHARED_DIRECTORIES);
		return views(this.repository.toOwner(caller.accountId(), caller.region(), LIST_LIMIT));
	}

	/** The requests the caller's account made in its Region, newest first, as the clock reads now. */
	@Reads
	public List<AccessRequest.View> byMyAccount(Caller caller) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		return views(this.repository.byRequester(caller.accountId(), caller.region(), LIST_LIMIT));
	}

	/** Open requests waiting for the caller's account in its Region (the navigation badge). */
	@Reads
	public long openCount(Caller caller) {
		return caller.can(Action.DS_SHARE_DIRECTORY)
				? this.repository.countOpen(caller.accountId(), caller.region(), this.clock.instant()) : 0;
	}

	private List<AccessRequest.View> views(List<AccessRequest> requests) {
		Instant now = this.clock.instant();
		return requests.stream().map((request) -> request.at(now)).toList();
	}

	/** Locks the request; only the owner account decides it, and only while it is open. */
	private AccessRequest lockOpenRequestToOwner(Caller caller, String requestId) {
		AccessRequest request = this.repository.lock(requestId)
			.filter((candidate) -> candidate.ownerAccountId().equals(caller.accountId()))
			.orElseThrow(() -> DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Access request " + Echo.of(requestId) + " does not exist."));
		AccessRequestStatus status = request.statusAt(this.clock.instant());
		if (status == AccessRequestStatus.EXPIRED) {
			throw DirectoryServiceError.CLIENT.exception("The request expired on " + WHEN.format(request.expiresAt())
					+ " and can no longer be decided. The account can request access again.");
		}
		if (status != AccessRequestStatus.OPEN) {
			throw DirectoryServiceError.CLIENT.exception("The request was already " + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
		}
		return request;
	}

	private static void requireText(String text, String whenBlank, String what) {
		if (text == null || text.isBlank()) {
			throw DirectoryServiceError.INVALID_PARAMETER.exception(whenBlank);
		}
		if (text.length() > AccessRequest.TEXT_MAX_LENGTH) {
			throw DirectoryServiceError.INVALID_PARAMETER.exception(what + " can be at most " + AccessRequest.TEXT_MAX_LENGTH + " characters long.");
		}
	}

	static boolean showsInWords(AwsException refused) {
		return refused.isFormError() || refused.errorCode().equals(DirectoryServiceError.ENTITY_DOES_NOT_EXIST.code());
	}

}
