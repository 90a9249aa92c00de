package io.dirshare.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Page;
import io.dirshare.core.Slice;
import io.dirshare.directories.Directory;
import io.dirshare.directories.OwnedDirectories;
import io.dirshare.directories.Edition;
import io.dirshare.core.AccountPosition;
import io.dirshare.identity.AccountRepository;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.organizations.AccountLeftOrganizationEvent;
import io.dirshare.organizations.OrganizationQueries;
import io.dirshare.organizations.TrustedAccess;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to change directory shares, for the portal and the API alike. Every transition is
 * decided by {@link ShareStateMachine}; changes of one directory's shares are serialized by locking the
 * directory row first (quota and "already shared" checks), changes of one share by locking its row.
 */
@Service
@Transactional
public class SharingService {

	public static final int NOTES_MAX_LENGTH = 1024;

	public static final int PORTAL_PAGE_SIZE = 25;

	private static final Pattern ACCOUNT_ID = Pattern.compile("^\\d{12}$");

	private final ShareRepository shares;

	private final OwnedDirectories directories;

	private final AccountRepository accounts;

	private final OrganizationQueries organizations;

	private final AuditTrail audit;

	private final SharingProperties properties;

	private final Clock clock;

	SharingService(ShareRepository shares, OwnedDirectories directories, AccountRepository accounts,
			OrganizationQueries organizations, AuditTrail audit, SharingProperties properties, Clock clock) {
		this.shares = shares;
		this.directories = directories;
		this.accounts = accounts;
		this.organizations = organizations;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	// ---- owner side ------------------------------------------------------------------------------

	/**
	 * ShareDirectory in the caller's Region. ORGANIZATIONS shares start {@code Sharing} and settle to
	 * {@code Shared}; HANDSHAKE shares wait in {@code PendingAcceptance}.
	 *
	 * @return the consumer's new shared directory ID
	 */
	public String shareDirectory(Caller caller, String directoryId, ShareTarget target, ShareMethod method,
			String notes) {
		String targetId = (target != null) ? target.id() : null;
		return this.audit.authorizedChange(caller, Action.DS_SHARE_DIRECTORY, "directoryId=" + directoryId + ", target="
				+ targetId + ", method=" + method + ", region=" + caller.region().code(), () -> {
					Directory.requireId(directoryId);
					if (method == null) {
						throw DirectoryServiceError.INVALID_PARAMETER.exception("ShareMethod must be ORGANIZATIONS or HANDSHAKE.");
					}
					requireAccountTarget(target);
					if (notes != null && notes.length() > NOTES_MAX_LENGTH) {
						throw DirectoryServiceError.INVALID_PARAMETER
							.exception("A note can be at most " + NOTES_MAX_LENGTH + " characters long.");
					}
					// First statement of the transaction: shares of this directory queue up here.
					Directory directory = this.directories.lock(caller.accountId(), directoryId)
						.orElseThrow(() -> directoryNotFound(directoryId));
					if (!this.directories.runsIn(directoryId, caller.region())) {
						throw DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + directoryId
								+ " does not exist in " + caller.region().code() + ".");
					}
					if (!directory.isActive()) {
						throw DirectoryServiceError.CLIENT.exception("The directory is " + directory.stage() + ". Share it once it is Active.");
					}
					if (targetId.equals(caller.accountId())) {
						throw DirectoryServiceError.INVALID_TARGET.exception("You cannot share a directory with the account that owns it.");
					}
					if (!this.accounts.existsById(targetId)) {
						throw DirectoryServiceError.INVALID_TARGET.exception("Account " + targetId + " does not exist.");
					}
					if (method == ShareMethod.ORGANIZATIONS) {
						requireOrganizationsSharing(caller, targetId);
					}
					if (this.shares.liveShareExists(directoryId, caller.region(), targetId)) {
						throw DirectoryServiceError.DIRECTORY_ALREADY_SHARED.exception("Directory " + directoryId
								+ " is already shared with account " + targetId + " in " + caller.region().code() + ".");
					}
					int limit = shareLimit(directory.edition());
					if (this.shares.countLive(directoryId, caller.region()) >= limit) {
						throw DirectoryServiceError.SHARE_LIMIT_EXCEEDED.exception("Directory " + directoryId
								+ " is shared with the maximum of " + limit + " accounts in " + caller.region().code() + ".");
					}
					String sharedDirectoryId = newSharedDirectoryId();
					ShareStatus status = ShareStateMachine.initial(method);
					Instant now = this.clock.instant();
					this.shares.insert(caller.accountId(), directoryId, caller.region(), targetId, sharedDirectoryId,
							method, status, (method == ShareMethod.HANDSHAKE) ? blankToNull(notes) : null, now,
							settleDue(status, now));
					this.audit.recordSuccessFor(targetId, caller, Action.DS_SHARE_DIRECTORY.iamName(), "directoryId="
							+ directoryId + ", sharedDirectoryId=" + sharedDirectoryId + ", method=" + method);
					return sharedDirectoryId;
				});
	}

	/**
	 * UnshareDirectory: the live share of the directory with the target account in the caller's Region
	 * goes {@code Deleting}, then {@code Deleted}.
	 *
	 * @return the consumer's shared directory ID
	 */
	public String unshareDirectory(Caller caller, String directoryId, ShareTarget target) {
		String targetId = (target != null) ? target.id() : null;
		return this.audit.authorizedChange(caller, Action.DS_UNSHARE_DIRECTORY,
				"directoryId=" + directoryId + ", target=" + targetId + ", region=" + caller.region().code(), () -> {
					Directory.requireId(directoryId);
					requireAccountTarget(target);
					this.directories.lock(caller.accountId(), directoryId).orElseThrow(() -> directoryNotFound(directoryId));
					Share share = this.shares.findLive(directoryId, caller.region(), targetId)
						.flatMap((live) -> this.shares.lockBySharedDirectoryId(live.sharedDirectoryId()))
						.orElseThrow(() -> DirectoryServiceError.DIRECTORY_NOT_SHARED.exception("Directory "
								+ directoryId + " is not shared with account " + targetId + " in " + caller.region().code() + "."));
					unshare(caller, share);
					return share.sharedDirectoryId();
				});
	}

	/** The portal's Unshare of the rows picked in the Shared directories table (by shared directory ID). */
	public int unshareSharedDirectories(Caller caller, String directoryId, Collection<String> sharedDirectoryIds) {
		caller.require(Action.DS_UNSHARE_DIRECTORY);
		Directory.requireId(directoryId);
		this.directories.lock(caller.accountId(), directoryId).orElseThrow(() -> directoryNotFound(directoryId));
		int count = 0;
		for (String sharedDirectoryId : new LinkedHashSet<>(sharedDirectoryIds)) {
			this.audit.audited(caller, Action.DS_UNSHARE_DIRECTORY,
					"directoryId=" + directoryId + ", sharedDirectoryId=" + sharedDirectoryId, () -> {
						Share share = this.shares.lockBySharedDirectoryId(sharedDirectoryId)
							.filter((candidate) -> candidate.ownerDirectoryId().equals(directoryId)
									&& candidate.region() == caller.region())
							.orElseThrow(() -> DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Shared directory " + sharedDirectoryId + " does not exist."));
						unshare(caller, share);
						return null;
					});
			count++;
		}
		return count;
	}

	/** Unshares every live share of a directory in all its Regions (before "Unshare all and delete"). */
	public int unshareAll(Caller caller, String directoryId) {
		caller.require(Action.DS_UNSHARE_DIRECTORY);
		Directory.requireId(directoryId);
		this.directories.lock(caller.accountId(), directoryId).orElseThrow(() -> directoryNotFound(directoryId));
		int count = 0;
		for (Share share : this.shares.liveOf(directoryId)) {
			if (share.shareStatus() == ShareStatus.Deleting) {
				continue;
			}
			Share locked = this.shares.lockBySharedDirectoryId(share.sharedDirectoryId()).orElseThrow();
			Caller inRegion = caller.inRegion(locked.region());
			this.audit.audited(inRegion, Action.DS_UNSHARE_DIRECTORY, "directoryId=" + directoryId + ", target="
					+ locked.sharedAccountId() + ", region=" + locked.region().code(), () -> {
						unshare(inRegion, locked);
						return null;
					});
			count++;
		}
		return count;
	}

	private void unshare(Caller caller, Share share) {
		move(share, ShareEvent.UNSHARE);
		this.audit.recordSuccessFor(share.sharedAccountId(), caller, Action.DS_UNSHARE_DIRECTORY.iamName(),
				"sharedDirectoryId=" + share.sharedDirectoryId() + ", ownerDirectoryId=" + share.ownerDirectoryId());
	}

	/**
	 * DescribeSharedDirectories: the owner's shares of one directory in the caller's Region, Deleted ones
	 * too, {@code limit} of them from {@code offset}.
	 */
	@Transactional(readOnly = true)
	public Slice<Share> describeSharedDirectories(Caller caller, String ownerDirectoryId,
			List<String> sharedDirectoryIds, int offset, int limit) {
		caller.require(Action.DS_DESCRIBE_SHARED_DIRECTORIES);
		Directory.requireId(ownerDirectoryId);
		Set<String> ids = new LinkedHashSet<>((sharedDirectoryIds != null) ? sharedDirectoryIds : List.of());
		ids.forEach(Directory::requireId);
		this.directories.find(caller.accountId(), ownerDirectoryId).orElseThrow(() -> directoryNotFound(ownerDirectoryId));
		List<Share> rows = this.shares.ownerPage(ownerDirectoryId, caller.region(), false, ids, limit + 1, offset);
		if (!ids.isEmpty() && offset == 0 && rows.size() < Math.min(ids.size(), limit + 1)) {
			throw DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Shared directory does not exist.");
		}
		return Slice.of(rows, offset, limit);
	}

	/** The portal's Shared directories table of one directory in the caller's Region. */
	@Transactional(readOnly = true)
	public Page<Share> sharesPage(Caller caller, String directoryId, boolean hideDeleted, int pageNumber) {
		caller.require(Action.DS_DESCRIBE_SHARED_DIRECTORIES);
		Directory.requireId(directoryId);
		this.directories.find(caller.accountId(), directoryId).orElseThrow(() -> directoryNotFound(directoryId));
		return Page.of(this.shares.ownerPage(directoryId, caller.region(), hideDeleted, List.of(), PORTAL_PAGE_SIZE + 1,
				Page.offset(pageNumber, PORTAL_PAGE_SIZE)), pageNumber, PORTAL_PAGE_SIZE);
	}

	/** Every live share of one of the caller's directories, in all Regions (what blocks its deletion). */
	@Transactional(readOnly = true)
	public List<Share> liveSharesOf(Caller caller, String directoryId) {
		caller.require(Action.DS_DESCRIBE_SHARED_DIRECTORIES);
		Directory.requireId(directoryId);
		this.directories.find(caller.accountId(), directoryId).orElseThrow(() -> directoryNotFound(directoryId));
		return this.shares.liveOf(directoryId);
	}

	/** What the wizard offers for sharing inside the organization, and why not when it cannot. */
	@Transactional(readOnly = true)
	public OrganizationSharing organizationSharing(Caller caller) {
		Optional<OrganizationQueries.Membership> membership = this.organizations.membershipOf(caller.accountId());
		if (membership.isEmpty()) {
			return new OrganizationSharing(false, "Your account is not in an organization.", false, false, List.of());
		}
		OrganizationQueries.Membership m = membership.get();
		if (!m.isManagementAccount()) {
			return new OrganizationSharing(false,
					"Only the organization's management account shares with accounts inside the organization.", false,
					false, List.of());
		}
		if (!m.organization().hasAllFeatures()) {
			return new OrganizationSharing(false, "The organization must have all features enabled.", false, false,
					List.of());
		}
		List<String> ids = this.organizations.members(m.organization().id())
			.stream()
			.map((member) -> member.accountId())
			.filter((id) -> !id.equals(caller.accountId()))
			.toList();
		List<OrganizationSharing.Member> members = this.accounts.findAllById(ids)
			.stream()
			.map((account) -> new OrganizationSharing.Member(account.id(), account.name()))
			.sorted(java.util.Comparator.comparing(OrganizationSharing.Member::id))
			.toList();
		return new OrganizationSharing(true, null,
				this.organizations.isTrustedAccessEnabled(m.organization().id(), TrustedAccess.DIRECTORY_SERVICE),
				caller.can(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS), members);
	}

	/** The review-pricing figures for sharing with {@code accounts} accounts. */
	public Pricing pricing(int accounts) {
		return new Pricing(this.properties.hourlyFeePerAccount(), this.properties.currency(), accounts);
	}

	public int shareLimit(Edition edition) {
		return (edition == Edition.Enterprise) ? this.properties.enterpriseShareLimit()
				: this.properties.standardShareLimit();
	}

	// ---- consumer side ---------------------------------------------------------------------------

	/** AcceptSharedDirectory: {@code PendingAcceptance} → {@code Sharing} (→ {@code Shared}). */
	public Share acceptSharedDirectory(Caller caller, String sharedDirectoryId) {
		return this.audit.authorizedChange(caller, Action.DS_ACCEPT_SHARED_DIRECTORY, "sharedDirectoryId=" + sharedDirectoryId,
				() -> {
					Share share = lockConsumerShare(caller, sharedDirectoryId);
					move(share, ShareEvent.ACCEPT);
					this.audit.recordSuccessFor(share.ownerAccountId(), caller,
							Action.DS_ACCEPT_SHARED_DIRECTORY.iamName(), "ownerDirectoryId=" + share.ownerDirectoryId()
									+ ", sharedDirectoryId=" + sharedDirectoryId);
					return this.shares.findBySharedDirectoryId(sharedDirectoryId).orElseThrow();
				});
	}

	/** RejectSharedDirectory: {@code PendingAcceptance} → {@code Rejecting} (→ {@code Rejected}). */
	public String rejectSharedDirectory(Caller caller, String sharedDirectoryId) {
		return this.audit.authorizedChange(caller, Action.DS_REJECT_SHARED_DIRECTORY, "sharedDirectoryId=" + sharedDirectoryId,
				() -> {
					Share share = lockConsumerShare(caller, sharedDirectoryId);
					move(share, ShareEvent.REJECT);
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
		this.audit.authorizedChange(caller, Action.DS_DELETE_DIRECTORY, "directoryId=" + sharedDirectoryId + " (shared)", () -> {
			Share share = lockConsumerShare(caller, sharedDirectoryId);
			move(share, ShareEvent.CONSUMER_DELETE);
			this.audit.recordSuccessFor(share.ownerAccountId(), caller, Action.DS_DELETE_DIRECTORY.iamName(),
					"sharedDirectoryId=" + sharedDirectoryId + " of ownerDirectoryId=" + share.ownerDirectoryId()
							+ " deleted by the consumer account");
			return null;
		});
	}

	/** Whether the ID names a shared directory of the caller's account (ended ones included). */
	@Transactional(readOnly = true)
	public boolean isSharedDirectoryOf(Caller caller, String directoryId) {
		return this.shares.findBySharedDirectoryId(directoryId)
			.filter((share) -> share.sharedAccountId().equals(caller.accountId()))
			.isPresent();
	}

	/** "Directories shared with me" in the caller's Region: invitations and shared directories, not ended ones. */
	@Transactional(readOnly = true)
	public Page<Share> sharedWithMePage(Caller caller, int pageNumber) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		return Page.of(this.shares.consumerPage(caller.accountId(), caller.region(), PORTAL_PAGE_SIZE + 1,
				Page.offset(pageNumber, PORTAL_PAGE_SIZE)), pageNumber, PORTAL_PAGE_SIZE);
	}

	/** One of the caller's shared directories (or invitations) in its Region, or EntityDoesNotExistException. */
	@Transactional(readOnly = true)
	public Share sharedDirectory(Caller caller, String sharedDirectoryId) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		Directory.requireId(sharedDirectoryId);
		return this.shares.findBySharedDirectoryId(sharedDirectoryId)
			.filter((share) -> isConsumerView(caller, share) && share.shareStatus().isVisibleToConsumer())
			.orElseThrow(() -> sharedNotFound(sharedDirectoryId));
	}

	/** Invitations waiting for the caller's account in its Region (the navigation badge). */
	@Transactional(readOnly = true)
	public long pendingInvitations(Caller caller) {
		return this.shares.countPending(caller.accountId(), caller.region());
	}

	private Share lockConsumerShare(Caller caller, String sharedDirectoryId) {
		Directory.requireId(sharedDirectoryId);
		return this.shares.lockBySharedDirectoryId(sharedDirectoryId)
			.filter((share) -> isConsumerView(caller, share))
			.orElseThrow(() -> sharedNotFound(sharedDirectoryId));
	}

	private static boolean isConsumerView(Caller caller, Share share) {
		return share.sharedAccountId().equals(caller.accountId()) && share.region() == caller.region();
	}

	// ---- organizations ---------------------------------------------------------------------------

	/**
	 * dirshare's decision (README, "Leaving the organization"): ORGANIZATIONS shares exist only because
	 * both accounts are in one organization, so when the consumer leaves or is removed, its live
	 * ORGANIZATIONS shares from the management account are unshared (Deleting → Deleted), as the owner's
	 * Unshare would. HANDSHAKE shares were accepted by the account itself and stay.
	 */
	@EventListener
	public void onAccountLeftOrganization(AccountLeftOrganizationEvent event) {
		for (Share found : this.shares.findLiveOrganizationShares(event.managementAccountId(), event.accountId())) {
			Share share = this.shares.lockBySharedDirectoryId(found.sharedDirectoryId()).orElseThrow();
			if (!share.shareStatus().isLive() || share.shareStatus() == ShareStatus.Deleting) {
				continue;
			}
			Caller system = new Caller(share.ownerAccountId(), "dirshare", AccountPosition.MANAGEMENT, Set.of(),
					Caller.EventSource.SYSTEM, null, share.region());
			move(share, ShareEvent.UNSHARE);
			String summary = "directoryId=" + share.ownerDirectoryId() + ", target=" + share.sharedAccountId()
					+ ", sharedDirectoryId=" + share.sharedDirectoryId()
					+ ": account left organization " + event.organizationId();
			this.audit.recordSuccess(system, Action.DS_UNSHARE_DIRECTORY.iamName(), summary);
			this.audit.recordSuccessFor(share.sharedAccountId(), system, Action.DS_UNSHARE_DIRECTORY.iamName(), summary);
		}
	}

	private void requireOrganizationsSharing(Caller caller, String targetId) {
		OrganizationQueries.Membership membership = this.organizations.membershipOf(caller.accountId())
			.orElseThrow(() -> organizationsException(
					"Your account is not a member of an organization. Share with HANDSHAKE instead."));
		if (!membership.organization().hasAllFeatures()) {
			throw organizationsException("The organization must have all features enabled to share with ORGANIZATIONS.");
		}
		if (!membership.isManagementAccount()) {
			throw organizationsException(
					"Only the organization's management account can share a directory with ORGANIZATIONS.");
		}
		if (!this.organizations.isTrustedAccessEnabled(membership.organization().id(), TrustedAccess.DIRECTORY_SERVICE)) {
			throw organizationsException("Trusted access for AWS Directory Service (" + TrustedAccess.DIRECTORY_SERVICE
					+ ") is not enabled in your organization.");
		}
		if (!this.organizations.sameOrganization(caller.accountId(), targetId)) {
			throw DirectoryServiceError.INVALID_TARGET.exception("Account " + targetId + " is not a member of your organization.");
		}
	}

	private static AwsException organizationsException(String message) {
		return DirectoryServiceError.ORGANIZATIONS.exception(message);
	}

	// ---- transitions -----------------------------------------------------------------------------

	/** Applies the state machine's answer to a locked share; a refusal leaves it untouched. */
	private void move(Share share, ShareEvent event) {
		ShareStatus next = ShareStateMachine.next(share.shareStatus(), event);
		Instant now = this.clock.instant();
		if (!this.shares.transition(share, next, now, settleDue(next, now))) {
			throw new OptimisticLockingFailureException("Share " + share.sharedDirectoryId() + " changed meanwhile");
		}
	}

	Instant settleDue(ShareStatus status, Instant now) {
		return status.isTransient() ? now.plus(this.properties.settleDelay()) : null;
	}

	private String newSharedDirectoryId() {
		return this.directories.newDirectoryId();
	}

	private static void requireAccountTarget(ShareTarget target) {
		if (target == null || target.id() == null || !ACCOUNT_ID.matcher(target.id()).matches()) {
			throw DirectoryServiceError.INVALID_TARGET.exception("The target must be a 12-digit AWS account ID" + ((target != null && target.id() != null)
							? " ('" + target.id() + "' is not)." : "."));
		}
		if (target.type() != null && !Share.TARGET_TYPE_ACCOUNT.equals(target.type())) {
			throw DirectoryServiceError.INVALID_PARAMETER
				.exception("Directories are shared with AWS accounts only (target type " + Share.TARGET_TYPE_ACCOUNT + ").");
		}
	}

	private static AwsException directoryNotFound(String directoryId) {
		return DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + directoryId + " does not exist.");
	}

	private static AwsException sharedNotFound(String sharedDirectoryId) {
		return DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Shared directory " + sharedDirectoryId + " does not exist.");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
