package io.dirshare.identity;

import java.time.Instant;

/**
 * A policy as the policy list shows it: AWS managed ones have no dates of their own here, and
 * {@code attachmentCount} counts the caller's account's users only.
 */
public record PolicySummary(String policyName, String arn, PolicyType type, String description,
		String defaultVersionId, int attachmentCount, Instant updatedAt) {

	public boolean isAwsManaged() {
		return this.type == PolicyType.AWS_MANAGED;
	}

}
