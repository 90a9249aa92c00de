package io.dirshare.organizations;

import java.util.List;

/** The root of an organization (AWS's {@code Root}) with the policy types enabled in it. */
public record OrganizationRoot(String id, String arn, String name, List<String> enabledPolicyTypes) {

	public static final String NAME = "Root";

	/** Status of every policy type listed: dirshare enables and disables them at once. */
	public static final String POLICY_TYPE_ENABLED = "ENABLED";

}
