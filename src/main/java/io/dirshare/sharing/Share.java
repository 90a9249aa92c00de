package io.dirshare.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.dirshare.core.AwsRegion;

/**
 * One share of an owner's directory with one account in one Region (AWS's {@code SharedDirectory}); it is
 * also the consumer's shared directory, {@code sharedDirectoryId}. The owner directory's DNS name and
 * addresses come along for the consumer's owner description.
 */
public record Share(long id, String ownerAccountId, String ownerDirectoryId, AwsRegion region, String sharedAccountId,
		String sharedDirectoryId, ShareMethod shareMethod, ShareStatus shareStatus, String shareNotes,
		Instant createdAt, Instant updatedAt, long version, String dnsName, List<String> dnsIpAddrs,
		Instant invitationExpiresAt) {

	/** A share without an invitation expiry (ORGANIZATIONS, or the organization set none). */
	public Share(long id, String ownerAccountId, String ownerDirectoryId, AwsRegion region, String sharedAccountId,
			String sharedDirectoryId, ShareMethod shareMethod, ShareStatus shareStatus, String shareNotes,
			Instant createdAt, Instant updatedAt, long version, String dnsName, List<String> dnsIpAddrs) {
		this(id, ownerAccountId, ownerDirectoryId, region, sharedAccountId, sharedDirectoryId, shareMethod, shareStatus,
				shareNotes, createdAt, updatedAt, version, dnsName, dnsIpAddrs, null);
	}

	/** AWS's only {@code TargetType}. */
	public static final String TARGET_TYPE_ACCOUNT = "ACCOUNT";

	/** AWS's limit of a HANDSHAKE share's note to the other account's administrator. */
	public static final int NOTES_MAX_LENGTH = 1024;

	public boolean isTransient() {
		return this.shareStatus.isTransient();
	}

	public boolean isPendingAcceptance() {
		return this.shareStatus == ShareStatus.PendingAcceptance;
	}

	/**
	 * The share as it is at {@code now}: an invitation past its expiry is {@code Expired}, whether or not
	 * the settle job has written that yet (expiry is decided by the clock, as for handshakes).
	 */
	public Share asOf(Instant now) {
		if (!isExpiredAt(now)) {
			return this;
		}
		return new Share(this.id, this.ownerAccountId, this.ownerDirectoryId, this.region, this.sharedAccountId,
				this.sharedDirectoryId, this.shareMethod, ShareStatus.Expired, this.shareNotes, this.createdAt,
				this.invitationExpiresAt, this.version, this.dnsName, this.dnsIpAddrs, this.invitationExpiresAt);
	}

	/** A pending invitation whose time ran out at {@code now}. */
	boolean isExpiredAt(Instant now) {
		return isPendingAcceptance() && this.invitationExpiresAt != null && !now.isBefore(this.invitationExpiresAt);
	}

	/** A pending invitation with at most {@code left} before it expires at {@code now} (the reminder). */
	public boolean expiresWithin(Duration left, Instant now) {
		return isPendingAcceptance() && this.invitationExpiresAt != null && now.isBefore(this.invitationExpiresAt)
				&& !now.plus(left).isBefore(this.invitationExpiresAt);
	}

	/** The page's style for the status: done, waiting for someone, in progress, or ended. */
	public String statusStyle() {
		return switch (this.shareStatus) {
			case Shared -> "status-ok";
			case PendingAcceptance -> "status-pending";
			case Sharing, Rejecting, Deleting -> "status-progress";
			case Rejected, RejectFailed, ShareFailed -> "status-bad";
			case Deleted, Expired -> "status-muted";
		};
	}

	/** The note shortened for a table cell (the page escapes it). */
	public String shortNotes() {
		if (this.shareNotes == null || this.shareNotes.length() <= 60) {
			return this.shareNotes;
		}
		return this.shareNotes.substring(0, 59) + "…";
	}

}
