package io.dirshare.identity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.dirshare.core.Action;
import io.dirshare.core.policy.AwsManagedPolicies;
import io.dirshare.core.policy.NamedPolicy;

/**
 * The AWS managed policies dirshare ships, each with the set of actions it allows. A user holds them as
 * attachments of their ARNs ({@link IamPolicyService}); a new user's form picks one of them.
 */
public enum PermissionSet {

	/** Everything. */
	AdministratorAccess("AdministratorAccess", "Full access to every service and to the account's IAM users.",
			EnumSet.allOf(Action.class)),

	/**
	 * Like AWS's AWSDirectoryServiceFullAccess: every Directory Service action, and reading the
	 * organization to pick accounts, but not changing it (so not enabling trusted access).
	 */
	DirectoryServiceFullAccess("AWSDirectoryServiceFullAccess", "Full access to directories and sharing; reads the organization.",
			union(service("ds"), readOnly("organizations"), everyone())),

	/** Like AWS's AWSOrganizationsFullAccess. */
	OrganizationsFullAccess("AWSOrganizationsFullAccess", "Full access to the organization; reads directories.",
			union(service("organizations"), readOnly("ds"), everyone())),

	/** Every Describe, List, Get and Lookup action. */
	ReadOnlyAccess("ReadOnlyAccess", "Reads everything, changes nothing.",
			Arrays.stream(Action.values()).filter(Action::isReadOnly).collect(toEnumSet()));

	/** The ARN prefix of every AWS managed policy. */
	public static final String AWS_MANAGED_ARN_PREFIX = AwsManagedPolicies.ARN_PREFIX;

	private final String policyName;

	private final String description;

	private final Set<Action> actions;

	PermissionSet(String policyName, String description, Set<Action> actions) {
		this.policyName = policyName;
		this.description = description;
		this.actions = Collections.unmodifiableSet(actions);
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

	public Set<Action> actions() {
		return this.actions;
	}

	/** The AWS managed policy this permission set stands for. */
	public NamedPolicy managedPolicy() {
		return AwsManagedPolicies.get(this.policyName);
	}

	public boolean allows(Action action) {
		return this.actions.contains(action);
	}

	/** The event history, and GetCallerIdentity, which AWS never denies. */
	private static Set<Action> everyone() {
		return EnumSet.of(Action.CLOUDTRAIL_LOOKUP_EVENTS, Action.STS_GET_CALLER_IDENTITY);
	}

	private static Set<Action> service(String service) {
		return Arrays.stream(Action.values()).filter((a) -> a.service().equals(service)).collect(toEnumSet());
	}

	private static Set<Action> readOnly(String service) {
		return Arrays.stream(Action.values())
			.filter((a) -> a.service().equals(service) && a.isReadOnly())
			.collect(toEnumSet());
	}

	@SafeVarargs
	private static Set<Action> union(Set<Action>... sets) {
		EnumSet<Action> all = EnumSet.noneOf(Action.class);
		for (Set<Action> set : sets) {
			all.addAll(set);
		}
		return all;
	}

	private static java.util.stream.Collector<Action, ?, EnumSet<Action>> toEnumSet() {
		return Collectors.toCollection(() -> EnumSet.noneOf(Action.class));
	}

}
