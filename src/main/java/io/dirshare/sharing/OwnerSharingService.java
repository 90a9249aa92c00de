package io.dirshare.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryResources;
import io.dirshare.directories.OwnedDirectories;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's side of sharing, for the portal and the API alike: ShareDirectory and UnshareDirectory.
 * Changes of one directory's shares are serialized by locking the directory row first (quota and
 * "already shared" checks), changes of one share by locking its row; {@link ShareStateMachine} decides
 * every transition.
 * <p>
 * READ COMMITTED: once the directory and its due shares are locked, every read sees what is committed
 * now, so a share the settle job settled a moment ago counts as settled (under MySQL's REPEATABLE READ
 * the reads would see the snapshot of the first one). No rule here needs more: they are serialized by
 * the row locks, and MySQL then takes no gap locks either, the cause of deadlocks between the shares
 * of different directories.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class OwnerSharingService {

	private final ShareRepository shares;

	private final OwnedDirectories directories;

	private final AccountRepository accounts;

	private final OrganizationSharingPolicy organizationSharing;

	private final ShareTransitions transitions;

	private final ShareSettler settler;

	private final AuditTrail audit;

	private final SharingProperties properties;

	private final InvitationExpiry invitationExpiry;

	private final Clock clock;

	private final DirectoryResources resources;

	OwnerSharingService(ShareRepository shares, OwnedDirectories directories, AccountRepository accounts,
			OrganizationSharingPolicy organizationSharing, ShareTransitions transitions, ShareSettler settler,
			AuditTrail audit, SharingProperties properties, InvitationExpiry invitationExpiry, Clock clock,
			DirectoryResources resources) {
		this.invitationExpiry = invitationExpiry;
		this.resources = resources;
		this.shares = shares;
		this.directories = directories;
		this.accounts = accounts;
		this.organizationSharing = organizationSharing;
		this.transitions = transitions;
		this.settler = settler;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

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
				+ targetId + ", method=" + method + ", region=" + caller.region().code(), (authorization) -> {
					Directory.requireId(directoryId);
					if (method == null) {
						throw DirectoryServiceError.INVALID_PARAMETER.exception("ShareMethod must be ORGANIZATIONS or HANDSHAKE.");
					}
					requireAccountTarget(target);
					if (notes != null && notes.length() > Share.NOTES_MAX_LENGTH) {
						throw DirectoryServiceError.INVALID_PARAMETER
							.exception("A note can be at most " + Share.NOTES_MAX_LENGTH + " characters long.");
					}
					// First statement of the transaction: shares of this directory queue up here.
					Directory directory = this.directories.lock(caller.accountId(), directoryId)
						.orElseThrow(() -> directoryNotFound(directoryId));
					authorization.require(this.resources.of(caller, directoryId));
					// A share on its way out whose time is up is gone, whether the settle job got there yet or not;
					// settled before anything else is read, so that every read below sees it so.
					this.settler.settleDueOf(directoryId, caller.region(), this.clock.instant());
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
						throw DirectoryServiceError.INVALID_TARGET.exception("Account " + Echo.of(targetId) + " does not exist.");
					}
					if (method == ShareMethod.ORGANIZATIONS) {
						this.organizationSharing.requireOrganizationsSharing(caller, targetId);
					}
					if (this.shares.liveShareExists(directoryId, caller.region(), targetId)) {
						throw DirectoryServiceError.DIRECTORY_ALREADY_SHARED.exception("Directory " + directoryId
								+ " is already shared with account " + targetId + " in " + caller.region().code() + ".");
					}
					int limit = this.properties.shareLimit(directory.edition());
					if (this.shares.countLive(directoryId, caller.region()) >= limit) {
						throw DirectoryServiceError.SHARE_LIMIT_EXCEEDED.exception("Directory " + directoryId
								+ " is shared with the maximum of " + limit + " accounts in " + caller.region().code() + ".");
					}
					String sharedDirectoryId = this.directories.newDirectoryId();
					ShareStatus status = ShareStateMachine.initial(method);
					Instant now = this.clock.instant();
					// The settle job writes an invitation Expired when its time is up; reads decide it by the clock.
					Instant expires = (method == ShareMethod.HANDSHAKE)
							? this.invitationExpiry.expiryOfInvitationFrom(caller.accountId(), now) : null;
					this.shares.insert(caller.accountId(), directoryId, caller.region(), targetId, sharedDirectoryId,
							method, status, (method == ShareMethod.HANDSHAKE) ? blankToNull(notes) : null, now,
							(expires != null) ? expires : this.transitions.settleDue(status, now), expires);
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
				"directoryId=" + directoryId + ", target=" + targetId + ", region=" + caller.region().code(), (authorization) -> {
					Directory.requireId(directoryId);
					requireAccountTarget(target);
					this.directories.lock(caller.accountId(), directoryId).orElseThrow(() -> directoryNotFound(directoryId));
					authorization.require(this.resources.of(caller, directoryId));
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
		Directory.requireId(directoryId);
		this.directories.lock(caller.accountId(), directoryId).orElseThrow(() -> directoryNotFound(directoryId));
		caller.require(Action.DS_UNSHARE_DIRECTORY, this.resources.of(caller, directoryId));
		int count = 0;
		for (String sharedDirectoryId : new LinkedHashSet<>(sharedDirectoryIds)) {
			this.audit.audited(caller, Action.DS_UNSHARE_DIRECTORY,
					"directoryId=" + directoryId + ", sharedDirectoryId=" + sharedDirectoryId, () -> {
						Share share = this.shares.lockBySharedDirectoryId(sharedDirectoryId)
							.filter((candidate) -> candidate.ownerDirectoryId().equals(directoryId)
									&& candidate.region() == caller.region())
							.orElseThrow(() -> DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Shared directory " + Echo.of(sharedDirectoryId) + " does not exist."));
						unshare(caller, share);
						return null;
					});
			count++;
		}
		return count;
	}

	/** Unshares every live share of a directory in all its Regions (before "Unshare all and delete"). */
	public int unshareAll(Caller caller, String directoryId) {
		if (!caller.can(Action.DS_UNSHARE_DIRECTORY)) {
			caller.require(Action.DS_UNSHARE_DIRECTORY);
		}
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
						inRegion.require(Action.DS_UNSHARE_DIRECTORY, this.resources.of(inRegion, directoryId));
						unshare(inRegion, locked);
						return null;
					});
			count++;
		}
		return count;
	}

	private void unshare(Caller caller, Share share) {
		this.transitions.move(share, ShareEvent.UNSHARE);
		this.audit.recordSuccessFor(share.sharedAccountId(), caller, Action.DS_UNSHARE_DIRECTORY.iamName(),
				"sharedDirectoryId=" + share.sharedDirectoryId() + ", ownerDirectoryId=" + share.ownerDirectoryId());
	}

	private static void requireAccountTarget(ShareTarget target) {
		if (target == null || !Account.isValidId(target.id())) {
			throw DirectoryServiceError.INVALID_TARGET.exception("The target must be a 12-digit AWS account ID" + ((target != null && target.id() != null)
							? " ('" + target.id() + "' is not)." : "."));
		}
		if (target.type() != null && !Share.TARGET_TYPE_ACCOUNT.equals(target.type())) {
			throw DirectoryServiceError.INVALID_PARAMETER
				.exception("Directories are shared with AWS accounts only (target type " + Share.TARGET_TYPE_ACCOUNT + ").");
		}
	}

	static AwsException directoryNotFound(String directoryId) {
		return DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + Echo.of(directoryId) + " does not exist.");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
