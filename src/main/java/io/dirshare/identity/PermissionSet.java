package io.dirshare.identity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.dirshare.core.Action;
import io.dirshare.core.policy.AwsManagedPolicies;
import io.dirshare.core.policy.NamedPolicy;

/** The AWS managed policies a dirshare IAM user can hold, each a fixed set of actions. */
public enum PermissionSet {

	/** Everything. */
	AdministratorAccess("Full access to every service and to the account's IAM users.",
			EnumSet.allOf(Action.class)),

	/**
	 * Like AWS's AWSDirectoryServiceFullAccess: every Directory Service action, and reading the
	 * organization to pick accounts, but not changing it (so not enabling trusted access).
	 */
	DirectoryServiceFullAccess("Full access to directories and sharing; reads the organization.",
			union(service("ds"), readOnly("organizations"), everyone())),

	/** Like AWS's AWSOrganizationsFullAccess. */
	OrganizationsFullAccess("Full access to the organization; reads directories.",
			union(service("organizations"), readOnly("ds"), everyone())),

	/** Every Describe, List, Get and Lookup action. */
	ReadOnlyAccess("Reads everything, changes nothing.",
			Arrays.stream(Action.values()).filter(Action::isReadOnly).collect(toEnumSet()));

	private final String description;

	private final Set<Action> actions;

	PermissionSet(String description, Set<Action> actions) {
		this.description = description;
		this.actions = Collections.unmodifiableSet(actions);
	}

	public String description() {
		return this.description;
	}

	public Set<Action> actions() {
		return this.actions;
	}

	/** The AWS managed policy this permission set stands for. */
	public NamedPolicy managedPolicy() {
		return AwsManagedPolicies.get(switch (this) {
			case AdministratorAccess -> AwsManagedPolicies.ADMINISTRATOR_ACCESS;
			case DirectoryServiceFullAccess -> AwsManagedPolicies.DIRECTORY_SERVICE_FULL_ACCESS;
			case OrganizationsFullAccess -> AwsManagedPolicies.ORGANIZATIONS_FULL_ACCESS;
			case ReadOnlyAccess -> AwsManagedPolicies.READ_ONLY_ACCESS;
		});
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
