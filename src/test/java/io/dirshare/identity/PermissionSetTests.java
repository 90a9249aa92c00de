package io.dirshare.identity;

import io.dirshare.core.Action;

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

	@Test
	void actionsAreNamedAsIamNamesThem() {
		assertThat(Action.DS_SHARE_DIRECTORY.iamName()).isEqualTo("ds:ShareDirectory");
		assertThat(Action.DS_SHARE_DIRECTORY.service()).isEqualTo("ds");
		assertThat(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS.operation()).isEqualTo("EnableAWSServiceAccess");
		assertThat(Action.fromIamName("iam:CreateUser")).contains(Action.IAM_CREATE_USER);
		assertThat(Action.fromIamName("iam:Nonsense")).isEmpty();
	}

}
