package io.dirshare.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;
import io.dirshare.core.Page;
import io.dirshare.core.Reads;
import io.dirshare.core.policy.ResourceRef;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryResources;
import io.dirshare.directories.OwnedDirectories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consumer's side of sharing, for the portal and the API alike: answering an invitation, dropping
 * a shared directory, and the account's own list of what is shared with it. A share is only ever seen
 * or changed by the account it was shared with, in the share's Region; changes lock the share's row.
 */
@Service
@Transactional
public class ConsumerSharingService {

	private final ShareRepository shares;

	private final ShareTransitions transitions;

	private final AuditTrail audit;

	private final OwnedDirectories ownedDirectories;

	private final DirectoryResources resources;

	private final Clock clock;

	ConsumerSharingService(ShareRepository shares, ShareTransitions transitions, AuditTrail audit,
			OwnedDirectories ownedDirectories, DirectoryResources resources, Clock clock) {
		this.resources = resources;
		this.clock = clock;
		this.ownedDirectories = ownedDirectories;
		this.shares = shares;
		this.transitions = transitions;
		this.audit = audit;
	}

	/** AcceptSharedDirectory: {@code PendingAcceptance} → {@code Sharing} (→ {@code Shared}). */
	public Share acceptSharedDirectory(Caller caller, String sharedDirectoryId) {
		return this.audit.authorizedChange(caller, Action.DS_ACCEPT_SHARED_DIRECTORY,
				() -> sharedDirectoryResource(caller, sharedDirectoryId), "sharedDirectoryId=" + sharedDirectoryId,
				() -> {
					Share share = lockConsumerShare(caller, sharedDirectoryId);
					this.transitions.move(share, ShareEvent.ACCEPT);
					this.audit.recordSuccessFor(share.ownerAccountId(), caller,
							Action.DS_ACCEPT_SHARED_DIRECTORY.iamName(), "ownerDirectoryId=" + share.ownerDirectoryId()
									+ ", sharedDirectoryId=" + sharedDirectoryId);
					return this.shares.findBySharedDirectoryId(sharedDirectoryId).orElseThrow();
				});
	}

	/** RejectSharedDirectory: {@code PendingAcceptance} → {@code Rejecting} (→ {@code Rejected}). */
	public String rejectSharedDirectory(Caller caller, String sharedDirectoryId) {
		return this.audit.authorizedChange(caller, Action.DS_REJECT_SHARED_DIRECTORY,
				() -> sharedDirectoryResource(caller, sharedDirectoryId), "sharedDirectoryId=" + sharedDirectoryId,
				() -> {
					Share share = lockConsumerShare(caller, sharedDirectoryId);
					this.transitions.move(share, ShareEvent.REJECT);
					this.audit.recordSuccessFor(share.ownerAccountId(), caller,
							Action.DS_REJECT_SHARED_DIRECTORY.iamName(), "ownerDirectoryId=" + share.ownerDirectoryId()
									+ ", sharedDirectoryId=" + sharedDirectoryId);
					return sharedDirectoryId;
				});
	}

	/**
	 * DeleteDirectory of a consumer's shared directory: drops it from the consumer's account; the owner
	 * sees the share {@code Deleted}.
	 */
	public void deleteSharedDirectory(Caller caller, String sharedDirectoryId) {
		this.audit.authorizedChange(caller, Action.DS_DELETE_DIRECTORY,
				() -> sharedDirectoryResource(caller, sharedDirectoryId), "directoryId=" + sharedDirectoryId + " (shared)", () -> {
			Share share = lockConsumerShare(caller, sharedDirectoryId);
			this.transitions.move(share, ShareEvent.CONSUMER_DELETE);
			this.audit.recordSuccessFor(share.ownerAccountId(), caller, Action.DS_DELETE_DIRECTORY.iamName(),
					"sharedDirectoryId=" + sharedDirectoryId + " of ownerDirectoryId=" + share.ownerDirectoryId()
							+ " deleted by the consumer account");
			return null;
		});
	}

	/** Whether the ID names a shared directory of the caller's account (ended ones included). */
	@Reads
	public boolean isSharedDirectoryOf(Caller caller, String directoryId) {
		return this.shares.findBySharedDirectoryId(directoryId)
			.filter((share) -> share.sharedAccountId().equals(caller.accountId()))
			.isPresent();
	}

	/** "Directories shared with me" in the caller's Region: invitations and shared directories, not ended ones. */
	@Reads
	public Page<Share> sharedWithMePage(Caller caller, int pageNumber) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		return Page.of(asOfNow(this.shares.consumerPage(caller.accountId(), caller.region(), ShareQueries.PORTAL_PAGE_SIZE + 1,
				Page.offset(pageNumber, ShareQueries.PORTAL_PAGE_SIZE))), pageNumber, ShareQueries.PORTAL_PAGE_SIZE);
	}

	/**
	 * "Directories shared with me" in the caller's Region with ended shares too, as the console lists
	 * them: Rejected and Deleted rows unless hidden (ShareFailed ones always show).
	 */
	@Transactional(readOnly = true)
	public Page<Share> sharedWithMePage(Caller caller, int pageNumber, boolean hideRejected, boolean hideDeleted) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		Set<ShareStatus> hidden = EnumSet.noneOf(ShareStatus.class);
		if (hideRejected) {
			hidden.add(ShareStatus.Rejected);
		}
		if (hideDeleted) {
			hidden.add(ShareStatus.Deleted);
		}
		return Page.of(asOfNow(this.shares.consumerPage(caller.accountId(), caller.region(), hidden,
				ShareQueries.PORTAL_PAGE_SIZE + 1, Page.offset(pageNumber, ShareQueries.PORTAL_PAGE_SIZE))), pageNumber,
				ShareQueries.PORTAL_PAGE_SIZE);
	}

	/**
	 * The owner's description of the directory behind one of the caller's shared directories (part of
	 * AWS's OwnerDirectoryDescription as the console shows it), or {@code null} when it has none.
	 */
	@Transactional(readOnly = true)
	public String ownerDirectoryDescription(Share share) {
		return this.ownedDirectories.find(share.ownerAccountId(), share.ownerDirectoryId())
			.map(Directory::description)
			.orElse(null);
	}

	/** One of the caller's shared directories (or invitations) in its Region, or EntityDoesNotExistException. */
	@Reads
	public Share sharedDirectory(Caller caller, String sharedDirectoryId) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		Directory.requireId(sharedDirectoryId);
		return this.shares.findBySharedDirectoryId(sharedDirectoryId)
			.map((share) -> share.asOf(this.clock.instant()))
			.filter((share) -> isConsumerView(caller, share) && share.shareStatus().isVisibleToConsumer())
			.orElseThrow(() -> sharedNotFound(sharedDirectoryId));
	}

	/** Invitations waiting for the caller's account in its Region, counted up to {@code atMost}. */
	@Reads
	public long pendingInvitations(Caller caller, int atMost) {
		return this.shares.countPending(caller.accountId(), caller.region(), this.clock.instant(), atMost);
	}

	/**
	 * The caller's invitations in its Region that expire within {@link InvitationExpiry#REMINDER}, soonest
	 * first: the reminder on the shared-with-me page and the dashboard.
	 */
	@Reads
	public List<Share> invitationsExpiringSoon(Caller caller) {
		if (!caller.can(Action.DS_ACCEPT_SHARED_DIRECTORY)) {
			return List.of();
		}
		Instant now = this.clock.instant();
		return this.shares.pendingExpiringBy(caller.accountId(), caller.region(), now, now.plus(InvitationExpiry.REMINDER));
	}

	/**
	 * The shared directory as the consumer's policies judge it, owned by the account that shared it; a
	 * share that is not the caller's (which the change then refuses as not found) has no owner to name.
	 */
	private ResourceRef sharedDirectoryResource(Caller caller, String sharedDirectoryId) {
		String ownerAccountId = this.shares.findBySharedDirectoryId(sharedDirectoryId)
			.filter((share) -> isConsumerView(caller, share))
			.map(Share::ownerAccountId)
			.orElse(null);
		return this.resources.sharedDirectory(caller, sharedDirectoryId, ownerAccountId);
	}

	private Share lockConsumerShare(Caller caller, String sharedDirectoryId) {
		Directory.requireId(sharedDirectoryId);
		// An invitation whose time is up is Expired for its answer, whether the settle job wrote that yet or not.
		return this.shares.lockBySharedDirectoryId(sharedDirectoryId)
			.map((share) -> share.asOf(this.clock.instant()))
			.filter((share) -> isConsumerView(caller, share))
			.orElseThrow(() -> sharedNotFound(sharedDirectoryId));
	}

	private List<Share> asOfNow(List<Share> shares) {
		Instant now = this.clock.instant();
		return shares.stream().map((share) -> share.asOf(now)).toList();
	}

	private static boolean isConsumerView(Caller caller, Share share) {
		return share.sharedAccountId().equals(caller.accountId()) && share.region() == caller.region();
	}

	private static AwsException sharedNotFound(String sharedDirectoryId) {
		return DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Shared directory " + Echo.of(sharedDirectoryId) + " does not exist.");
	}

}
