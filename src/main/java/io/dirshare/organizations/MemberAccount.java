package io.dirshare.organizations;

import java.io.Serializable;
import java.time.Instant;

/**
 * An account as the organization lists it (AWS's {@code Account} shape): its status is always
 * {@code ACTIVE} in dirshare, as accounts are never suspended or closed.
 */
public record MemberAccount(String id, String name, String email, String organizationId, String managementAccountId,
		JoinedMethod joinedMethod, Instant joinedAt) implements Serializable {

	public static final String STATUS_ACTIVE = "ACTIVE";

	public boolean isManagementAccount() {
		return this.id.equals(this.managementAccountId);
	}

	public String status() {
		return STATUS_ACTIVE;
	}

	/** e.g. {@code arn:aws:organizations::111111111111:account/o-exampleorg1/222222222222}. */
	public String arn() {
		return "arn:aws:organizations::" + this.managementAccountId + ":account/" + this.organizationId + "/" + this.id;
	}

}
