package io.dirshare.identity;

import java.util.Arrays;
import java.util.Optional;

import io.dirshare.core.Action;
import io.dirshare.core.policy.AwsManagedPolicies;
import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.Permissions;

/**
 * The AWS managed policies dirshare ships: each constant names one of the policy documents in
 * {@code iam/aws-managed-policies/}, which decide what it allows. A user holds them as attachments of
 * their ARNs ({@link IamPolicyService}); a new user's form picks one of them.
 */
public enum PermissionSet {

	/** Everything. */
	AdministratorAccess("Full access to every service and to the account's IAM users.",
			AwsManagedPolicies.ADMINISTRATOR_ACCESS),

	/**
	 * Like AWS's AWSDirectoryServiceFullAccess: every Directory Service action, and reading the
	 * organization to pick accounts, but not changing it (so not enabling trusted access).
	 */
	DirectoryServiceFullAccess("Full access to directories and sharing; reads the organization.",
			AwsManagedPolicies.DIRECTORY_SERVICE_FULL_ACCESS),

	/** Like AWS's AWSOrganizationsFullAccess. */
	OrganizationsFullAccess("Full access to the organization; reads directories.",
			AwsManagedPolicies.ORGANIZATIONS_FULL_ACCESS),

	/** Every Describe, List, Get and Lookup action. */
	ReadOnlyAccess("Reads everything, changes nothing.", AwsManagedPolicies.READ_ONLY_ACCESS);

	/** The ARN prefix of every AWS managed policy. */
	public static final String AWS_MANAGED_ARN_PREFIX = AwsManagedPolicies.ARN_PREFIX;

	private final String description;

	private final String policyName;

	PermissionSet(String description, String policyName) {
		this.description = description;
		this.policyName = policyName;
	}

	/** The AWS managed policy's name, e.g. {@code AWSDirectoryServiceFullAccess}. */
	public String policyName() {
		return this.policyName;
	}

	public String arn() {
		return AWS_MANAGED_ARN_PREFIX + this.policyName;
	}

	public static Optional<PermissionSet> fromArn(String arn) {
		return Arrays.stream(values()).filter((set) -> set.arn().equals(arn)).findFirst();
	}

	public static Optional<PermissionSet> fromPolicyName(String policyName) {
		return Arrays.stream(values()).filter((set) -> set.policyName.equals(policyName)).findFirst();
	}

	public static boolean isAwsManagedArn(String arn) {
		return arn != null && arn.startsWith(AWS_MANAGED_ARN_PREFIX);
	}

	public String description() {
		return this.description;
	}

	/** The AWS managed policy this permission set stands for. */
	public NamedPolicy managedPolicy() {
		return AwsManagedPolicies.get(this.policyName);
	}

	/** Whether this set's policy could allow every action the other's could: no power is lost. */
	public boolean coversEverythingOf(PermissionSet other) {
		Permissions mine = Permissions.of(managedPolicy());
		Permissions theirs = Permissions.of(other.managedPolicy());
		return Arrays.stream(Action.values())
			.map(Action::iamName)
			.allMatch((action) -> !theirs.couldAllow(action) || mine.couldAllow(action));
	}

}
