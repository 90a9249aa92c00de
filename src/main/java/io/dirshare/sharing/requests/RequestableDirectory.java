package io.dirshare.sharing.requests;

import java.time.Instant;

import io.dirshare.core.AwsRegion;

/**
 * A directory its owner offers to the accounts of its organization in one Region, as a member account
 * sees it: with the owner's description and this account's live share of it, if any.
 * @param shareStatus the status of the viewing account's live share, or {@code null} when it has none
 * @param openRequestExpiresAt when the viewing account's open request expires, or {@code null} when it has none
 */
public record RequestableDirectory(String ownerDirectoryId, AwsRegion region, String ownerAccountId, String dnsName,
		String description, Instant updatedAt, String shareStatus, Instant openRequestExpiresAt) {

	public boolean hasShare() {
		return this.shareStatus != null;
	}

	public boolean hasOpenRequest() {
		return this.openRequestExpiresAt != null;
	}

}
