package io.dirshare.sharing;

import java.util.Set;

/**
 * AWS's {@code ShareStatus}; the names are the wire values, except {@link #Expired}, dirshare's own final
 * status of a HANDSHAKE invitation that was not answered in time (README, "Knowingly different"), which
 * the API shows as {@code Rejected}. Transitions live in {@link ShareStateMachine} only.
 */
public enum ShareStatus {

	Sharing, Shared, PendingAcceptance, Rejecting, Rejected, RejectFailed, ShareFailed, Deleting, Deleted, Expired;

	private static final Set<ShareStatus> TRANSIENT = Set.of(Sharing, Rejecting, Deleting);

	/** The statuses that no longer hold a share: they neither count towards the quota nor block a new share. */
	private static final Set<ShareStatus> ENDED = Set.of(Rejected, ShareFailed, Deleted, Expired);

	/** A status that settles by itself after a short while (asynchronous work, as in AWS). */
	public boolean isTransient() {
		return TRANSIENT.contains(this);
	}

	/** Counts towards the quota, blocks a second share to the same account and the directory's deletion. */
	public boolean isLive() {
		return !ENDED.contains(this);
	}

	/** Whether the consumer account still sees its shared directory. */
	public boolean isVisibleToConsumer() {
		return isLive();
	}

	/**
	 * The value AWS's API shows: an expired invitation ended unanswered, so it reads as AWS reads an
	 * invitation that ended without acceptance.
	 */
	public String wireValue() {
		return (this == Expired) ? Rejected.name() : name();
	}

	public static Set<ShareStatus> transientStatuses() {
		return TRANSIENT;
	}

}
