package io.dirshare.identity;

import java.util.Map;

import io.dirshare.core.Action;
import io.dirshare.core.policy.AuthorizationRequest;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.ResourceRef;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionSetTests {

	@Test
	void administratorsMayDoEverything() {
		assertThat(PermissionSet.AdministratorAccess.actions()).containsExactlyInAnyOrder(Action.values());
	}

	@Test
	void readOnlyAccessReadsButNeverChanges() {
		PermissionSet auditor = PermissionSet.ReadOnlyAccess;
		assertThat(auditor.allows(Action.DS_DESCRIBE_SHARED_DIRECTORIES)).isTrue();
		assertThat(auditor.allows(Action.IAM_LIST_USERS)).isTrue();
		assertThat(auditor.allows(Action.CLOUDTRAIL_LOOKUP_EVENTS)).isTrue();
		assertThat(auditor.allows(Action.DS_SHARE_DIRECTORY)).isFalse();
		assertThat(auditor.allows(Action.IAM_CREATE_USER)).isFalse();
		assertThat(auditor.actions()).allMatch(Action::isReadOnly);
	}

	@Test
	void directoryServiceFullAccessSharesDirectoriesButDoesNotChangeTheOrganization() {
		PermissionSet diradmin = PermissionSet.DirectoryServiceFullAccess;
		assertThat(diradmin.allows(Action.DS_SHARE_DIRECTORY)).isTrue();
		assertThat(diradmin.allows(Action.DS_ACCEPT_SHARED_DIRECTORY)).isTrue();
		assertThat(diradmin.allows(Action.ORGANIZATIONS_LIST_ACCOUNTS)).isTrue();
		assertThat(diradmin.allows(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS)).isFalse();
		assertThat(diradmin.allows(Action.IAM_CREATE_USER)).isFalse();
	}

	@Test
	void organizationsFullAccessChangesTheOrganizationButOnlyReadsDirectories() {
		PermissionSet organizer = PermissionSet.OrganizationsFullAccess;
		assertThat(organizer.allows(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS)).isTrue();
		assertThat(organizer.allows(Action.DS_DESCRIBE_DIRECTORIES)).isTrue();
		assertThat(organizer.allows(Action.DS_SHARE_DIRECTORY)).isFalse();
		assertThat(organizer.allows(Action.IAM_DELETE_USER)).isFalse();
	}

	@Test
	void everyPermissionSetMayAskWhoItIsAsAwsNeverDeniesGetCallerIdentity() {
		for (PermissionSet set : PermissionSet.values()) {
			assertThat(set.allows(Action.STS_GET_CALLER_IDENTITY)).as(set.name()).isTrue();
		}
	}

	/** Every existing user keeps exactly what the permission set allowed before it became a policy. */
	@Test
	void eachManagedPolicyAllowsExactlyWhatItsPermissionSetAllowed() {
		for (PermissionSet set : PermissionSet.values()) {
			Permissions permissions = Permissions.of(set.managedPolicy());
			for (Action action : Action.values()) {
				AuthorizationRequest request = AuthorizationRequest.of("111111111111",
						"arn:aws:iam::111111111111:user/someone", action.iamName(), ResourceRef.ANY, "us-east-1", Map.of());
				assertThat(permissions.evaluate(request).allowed()).as(set + " " + action).isEqualTo(set.allows(action));
				assertThat(permissions.couldAllow(action.iamName())).as(set + " " + action).isEqualTo(set.allows(action));
			}
		}
	}

	@Test
	void actionsAreNamedAsIamNamesThem() {
		assertThat(Action.DS_SHARE_DIRECTORY.iamName()).isEqualTo("ds:ShareDirectory");
		assertThat(Action.DS_SHARE_DIRECTORY.service()).isEqualTo("ds");
		assertThat(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS.operation()).isEqualTo("EnableAWSServiceAccess");
		assertThat(Action.fromIamName("iam:CreateUser")).contains(Action.IAM_CREATE_USER);
		assertThat(Action.fromIamName("iam:Nonsense")).isEmpty();
	}

}
