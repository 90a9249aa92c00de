package io.dirshare.sharing.requests;

import java.time.Duration;
import java.time.Instant;

import io.dirshare.core.AwsRegion;

/**
 * A member account's request for a share of a requestable directory in one Region. It stays open
 * {@link #LIFETIME}, then expires: decided by the clock whenever it is read or changed, as handshakes
 * are, so it holds across restarts and instances without a job.
 */
public record AccessRequest(String id, String ownerAccountId, String ownerDirectoryId, AwsRegion region,
		String requesterAccountId, String requestedBy, String justification, AccessRequestStatus storedStatus,
		String decisionReason, String decidedBy, String sharedDirectoryId, Instant requestedAt, Instant expiresAt,
		Instant decidedAt, String dnsName) {

	public static final Duration LIFETIME = Duration.ofDays(14);

	/** The limit of the justification and of a denial's reason, counted as the share note's is. */
	public static final int TEXT_MAX_LENGTH = 1024;

	public AccessRequestStatus statusAt(Instant now) {
		if (this.storedStatus == AccessRequestStatus.OPEN && !now.isBefore(this.expiresAt)) {
			return AccessRequestStatus.EXPIRED;
		}
		return this.storedStatus;
	}

	/** The request as the clock reads at {@code now}, for the pages. */
	public View at(Instant now) {
		return new View(this, statusAt(now));
	}

	/** A request with its status at the time it was read. */
	public record View(AccessRequest request, AccessRequestStatus status) {

		public boolean isOpen() {
			return this.status == AccessRequestStatus.OPEN;
		}

	}

	/** What the unique constraint holds once per directory, Region and account while the request is open. */
	static String openKey(String ownerDirectoryId, AwsRegion region, String requesterAccountId) {
		return ownerDirectoryId + "/" + region.code() + "/" + requesterAccountId;
	}

}
