package io.dirshare.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.dirshare.core.Action;
import io.dirshare.core.policy.AuthorizationRequest;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.ResourceRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionSetTests {

	@Test
	void administratorsMayDoEverything() {
		assertThat(allowed(PermissionSet.AdministratorAccess)).containsExactlyInAnyOrder(Action.values());
	}

	@Test
	void readOnlyAccessReadsButNeverChanges() {
		PermissionSet auditor = PermissionSet.ReadOnlyAccess;
		assertThat(allows(auditor, Action.DS_DESCRIBE_SHARED_DIRECTORIES)).isTrue();
		assertThat(allows(auditor, Action.IAM_LIST_USERS)).isTrue();
		assertThat(allows(auditor, Action.CLOUDTRAIL_LOOKUP_EVENTS)).isTrue();
		assertThat(allows(auditor, Action.DS_SHARE_DIRECTORY)).isFalse();
		assertThat(allows(auditor, Action.IAM_CREATE_USER)).isFalse();
		assertThat(allowed(auditor)).allMatch(Action::isReadOnly);
	}

	@Test
	void directoryServiceFullAccessSharesDirectoriesButDoesNotChangeTheOrganization() {
		PermissionSet diradmin = PermissionSet.DirectoryServiceFullAccess;
		assertThat(allows(diradmin, Action.DS_SHARE_DIRECTORY)).isTrue();
		assertThat(allows(diradmin, Action.DS_ACCEPT_SHARED_DIRECTORY)).isTrue();
		assertThat(allows(diradmin, Action.ORGANIZATIONS_LIST_ACCOUNTS)).isTrue();
		assertThat(allows(diradmin, Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS)).isFalse();
		assertThat(allows(diradmin, Action.IAM_CREATE_USER)).isFalse();
	}

	@Test
	void organizationsFullAccessChangesTheOrganizationButOnlyReadsDirectories() {
		PermissionSet organizer = PermissionSet.OrganizationsFullAccess;
		assertThat(allows(organizer, Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS)).isTrue();
		assertThat(allows(organizer, Action.DS_DESCRIBE_DIRECTORIES)).isTrue();
		assertThat(allows(organizer, Action.DS_SHARE_DIRECTORY)).isFalse();
		assertThat(allows(organizer, Action.IAM_DELETE_USER)).isFalse();
	}

	@Test
	void everyPermissionSetMayAskWhoItIsAsAwsNeverDeniesGetCallerIdentity() {
		for (PermissionSet set : PermissionSet.values()) {
			assertThat(allows(set, Action.STS_GET_CALLER_IDENTITY)).as(set.name()).isTrue();
		}
	}

	/**
	 * Every existing user keeps exactly what its permission set allowed when the sets were fixed lists of
	 * actions (the lists below are those definitions, kept as the record of what was promised).
	 */
	@Test
	void eachManagedPolicyAllowsExactlyWhatItsPermissionSetAllowedBefore() {
		Map<PermissionSet, Set<Action>> before = Map.of(PermissionSet.AdministratorAccess, EnumSet.allOf(Action.class),
				PermissionSet.DirectoryServiceFullAccess, union(service("ds"), readOnly("organizations"), everyone()),
				PermissionSet.OrganizationsFullAccess, union(service("organizations"), readOnly("ds"), everyone()),
				PermissionSet.ReadOnlyAccess,
				Arrays.stream(Action.values()).filter(Action::isReadOnly).collect(Collectors.toSet()));
		for (PermissionSet set : PermissionSet.values()) {
			Permissions permissions = Permissions.of(set.managedPolicy());
			for (Action action : Action.values()) {
				boolean allowedBefore = before.get(set).contains(action);
				assertThat(allows(set, action)).as(set + " " + action).isEqualTo(allowedBefore);
				assertThat(permissions.couldAllow(action.iamName())).as(set + " " + action).isEqualTo(allowedBefore);
			}
		}
	}

	@Test
	void fewerPowersAreNoticed() {
		assertThat(PermissionSet.AdministratorAccess.coversEverythingOf(PermissionSet.ReadOnlyAccess)).isTrue();
		assertThat(PermissionSet.DirectoryServiceFullAccess.coversEverythingOf(PermissionSet.ReadOnlyAccess)).isFalse();
		assertThat(PermissionSet.ReadOnlyAccess.coversEverythingOf(PermissionSet.DirectoryServiceFullAccess)).isFalse();
	}

	@Test
	void eachPermissionSetNamesItsAwsManagedPolicy() {
		assertThat(PermissionSet.DirectoryServiceFullAccess.managedPolicy().arn())
			.isEqualTo("arn:aws:iam::aws:policy/AWSDirectoryServiceFullAccess");
		assertThat(PermissionSet.OrganizationsFullAccess.managedPolicy().arn())
			.isEqualTo("arn:aws:iam::aws:policy/AWSOrganizationsFullAccess");
	}

	@Test
	void actionsAreNamedAsIamNamesThem() {
		assertThat(Action.DS_SHARE_DIRECTORY.iamName()).isEqualTo("ds:ShareDirectory");
		assertThat(Action.DS_SHARE_DIRECTORY.service()).isEqualTo("ds");
		assertThat(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS.operation()).isEqualTo("EnableAWSServiceAccess");
		assertThat(Action.fromIamName("iam:CreateUser")).contains(Action.IAM_CREATE_USER);
		assertThat(Action.fromIamName("iam:Nonsense")).isEmpty();
	}

	private static boolean allows(PermissionSet set, Action action) {
		AuthorizationRequest request = AuthorizationRequest.of("111111111111", "arn:aws:iam::111111111111:user/someone",
				action.iamName(), ResourceRef.ANY, "us-east-1", Map.of());
		return Permissions.of(set.managedPolicy()).evaluate(request).allowed();
	}

	private static Set<Action> allowed(PermissionSet set) {
		return Arrays.stream(Action.values()).filter((action) -> allows(set, action)).collect(Collectors.toSet());
	}

	private static Set<Action> everyone() {
		return EnumSet.of(Action.CLOUDTRAIL_LOOKUP_EVENTS, Action.STS_GET_CALLER_IDENTITY);
	}

	private static Set<Action> service(String service) {
		return Arrays.stream(Action.values()).filter((a) -> a.service().equals(service)).collect(Collectors.toSet());
	}

	private static Set<Action> readOnly(String service) {
		return Arrays.stream(Action.values())
			.filter((a) -> a.service().equals(service) && a.isReadOnly())
			.collect(Collectors.toSet());
	}

	@SafeVarargs
	private static Set<Action> union(Set<Action>... sets) {
		Set<Action> all = EnumSet.noneOf(Action.class);
		Arrays.stream(sets).forEach(all::addAll);
		return all;
	}

}
