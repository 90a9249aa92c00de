package io.dirshare.sharing;

import io.dirshare.core.AwsException;
import io.dirshare.core.DirectoryServiceError;

import static io.dirshare.sharing.ShareStatus.Deleted;
import static io.dirshare.sharing.ShareStatus.Deleting;
import static io.dirshare.sharing.ShareStatus.Expired;
import static io.dirshare.sharing.ShareStatus.PendingAcceptance;
import static io.dirshare.sharing.ShareStatus.RejectFailed;
import static io.dirshare.sharing.ShareStatus.Rejected;
import static io.dirshare.sharing.ShareStatus.Rejecting;
import static io.dirshare.sharing.ShareStatus.ShareFailed;
import static io.dirshare.sharing.ShareStatus.Shared;
import static io.dirshare.sharing.ShareStatus.Sharing;

/**
 * The only place that decides share status transitions (docs/aws-directory-sharing.md, "Share states").
 * An illegal transition is refused with the error AWS names for it; the caller changes nothing then.
 */
public final class ShareStateMachine {

	private ShareStateMachine() {
	}

	/** Where a new share starts: ORGANIZATIONS shares need no acceptance, HANDSHAKE ones wait for it. */
	public static ShareStatus initial(ShareMethod method) {
		return (method == ShareMethod.ORGANIZATIONS) ? Sharing : PendingAcceptance;
	}

	/** The status after {@code event} happens to a share in {@code from}, or the AWS-named refusal. */
	public static ShareStatus next(ShareStatus from, ShareEvent event) {
		return switch (event) {
			case ACCEPT -> switch (from) {
				case PendingAcceptance -> Sharing;
				case Sharing, Shared, Rejecting, Rejected, RejectFailed -> alreadyDecided(from);
				case Deleting, Deleted, ShareFailed -> gone();
				case Expired -> expired();
			};
			case REJECT -> switch (from) {
				case PendingAcceptance, RejectFailed -> Rejecting;
				case Sharing, Shared, Rejecting, Rejected -> alreadyDecided(from);
				case Deleting, Deleted, ShareFailed -> gone();
				case Expired -> expired();
			};
			case UNSHARE -> switch (from) {
				case Sharing, Shared, PendingAcceptance, Rejecting, Rejected, RejectFailed, ShareFailed, Expired -> Deleting;
				case Deleting, Deleted -> throw DirectoryServiceError.DIRECTORY_NOT_SHARED.exception("The directory is not shared with this account (share status " + from + ").");
			};
			case CONSUMER_DELETE -> switch (from) {
				case Sharing, Shared -> Deleting;
				case PendingAcceptance -> throw DirectoryServiceError.CLIENT.exception("The shared directory is waiting for acceptance: accept or reject the invitation instead.");
				case Rejecting, Rejected, RejectFailed, ShareFailed, Expired -> throw DirectoryServiceError.CLIENT.exception("The shared directory cannot be deleted while its share status is " + from + ".");
				case Deleting, Deleted -> gone();
			};
			case SETTLE -> switch (from) {
				case Sharing -> Shared;
				case Rejecting -> Rejected;
				case Deleting -> Deleted;
				default -> notTransient(from);
			};
			case FAIL -> switch (from) {
				case Sharing -> ShareFailed;
				case Rejecting -> RejectFailed;
				// Removing a share cannot fail half-way in dirshare: it is one row update.
				case Deleting -> Deleted;
				default -> notTransient(from);
			};
			case EXPIRE -> switch (from) {
				case PendingAcceptance -> Expired;
				default -> throw DirectoryServiceError.INVALID_PARAMETER.exception("Only an invitation waiting for acceptance expires (share status " + from + ").");
			};
		};
	}

	private static ShareStatus alreadyDecided(ShareStatus from) {
		throw DirectoryServiceError.DIRECTORY_ALREADY_SHARED.exception("The invitation was already answered (share status " + from + ").");
	}

	/**
	 * The invitation is gone for the consumer, as it is from DescribeDirectories: AWS's API has no
	 * "expired" error for a shared directory, and EntityDoesNotExistException is what it answers for an
	 * invitation that is no longer there (README, "Knowingly different").
	 */
	private static ShareStatus expired() {
		throw DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("The invitation expired before it was answered, "
				+ "so it can no longer be accepted or rejected. Ask the directory's owner to share it again.");
	}

	private static ShareStatus gone() {
		throw DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("The shared directory does not exist.");
	}

	private static ShareStatus notTransient(ShareStatus from) {
		throw DirectoryServiceError.INVALID_PARAMETER.exception("A share in status " + from + " has no work in progress.");
	}

}
