package io.dirshare.identity;

import io.dirshare.audit.AuditEvent;
import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
class IamUserServiceIntegrationTests {

	@Autowired
	IamUserService service;

	@Autowired
	IamUserRepository users;

	@Autowired
	IamPolicyService policies;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts testAccounts;

	private Account account;

	private Caller admin;

	@BeforeEach
	void account() {
		this.account = this.testAccounts.newAccount("IAM Users Test");
		this.admin = this.testAccounts.admin(this.account);
	}

	@Test
	void anAdministratorCreatesAUserWhoSignsInWithItsOwnPassword() {
		IamUser created = this.service.create(this.admin, " jane.doe ", "first-password", PermissionSet.ReadOnlyAccess);

		assertThat(created.userName()).isEqualTo("jane.doe");
		assertThat(created.arn()).isEqualTo("arn:aws:iam::" + this.account.id() + ":user/jane.doe");
		assertThat(this.service.list(this.admin)).extracting(IamUser::userName).containsExactly("admin", "jane.doe");
		assertThat(this.passwordEncoder.matches("first-password", created.passwordHash())).isTrue();
		assertThat(latestEvent()).satisfies((event) -> {
			assertThat(event.eventName()).isEqualTo("iam:CreateUser");
			assertThat(event.outcome()).isEqualTo(Outcome.Success);
			assertThat(event.principalArn()).isEqualTo(this.admin.arn());
			assertThat(event.summary()).contains("jane.doe").contains("ReadOnlyAccess").doesNotContain("first-password");
		});
	}

	@Test
	void aNameThatDiffersOnlyInCaseIsADuplicate() {
		this.service.create(this.admin, "Jane", "first-password", PermissionSet.ReadOnlyAccess);

		AwsException refused = refusal(() -> this.service.create(this.admin, "JANE", "other-password",
				PermissionSet.AdministratorAccess));

		assertThat(refused.kind()).isEqualTo(AwsException.Kind.CONFLICT);
		assertThat(refused.errorCode()).isEqualTo("EntityAlreadyExists");
		assertThat(latestEvent()).satisfies((event) -> {
			assertThat(event.outcome()).isEqualTo(Outcome.Failure);
			assertThat(event.errorCode()).isEqualTo("EntityAlreadyExists");
		});
	}

	@Test
	void refusesBadNamesAndShortPasswords() {
		assertThat(refusal(() -> this.service.create(this.admin, "no spaces", "first-password",
				PermissionSet.ReadOnlyAccess)).errorCode()).isEqualTo("ValidationError");
		assertThat(refusal(() -> this.service.create(this.admin, "jane", "short", PermissionSet.ReadOnlyAccess))
			.errorCode()).isEqualTo("PasswordPolicyViolation");
		assertThat(refusal(() -> this.service.create(this.admin, "jane", "first-password", null)).kind())
			.isEqualTo(AwsException.Kind.INVALID);
		assertThat(this.service.list(this.admin)).extracting(IamUser::userName).containsExactly("admin");
	}

	@Test
	void resetsAPasswordAndAttachesAPolicy() {
		IamUser jane = this.service.create(this.admin, "jane", "first-password", PermissionSet.ReadOnlyAccess);

		this.service.resetPassword(this.admin, "JANE", "second-password");
		this.policies.attach(this.admin, "jane", PermissionSet.DirectoryServiceFullAccess.arn());

		IamUser changed = this.users.findById(jane.id()).orElseThrow();
		assertThat(this.passwordEncoder.matches("second-password", changed.passwordHash())).isTrue();
		assertThat(this.passwordEncoder.matches("first-password", changed.passwordHash())).isFalse();
		assertThat(this.policies.attachedTo(this.admin, "jane")).extracting(PolicySummary::policyName)
			.containsExactlyInAnyOrder("ReadOnlyAccess", "AWSDirectoryServiceFullAccess");
		assertThat(latestEvent().eventName()).isEqualTo("iam:AttachUserPolicy");
	}

	@Test
	void theLastAdministratorIsNeitherDeletedNorDemoted() {
		assertThat(refusal(() -> this.service.delete(this.admin, "admin")).errorCode()).isEqualTo("DeleteConflict");
		assertThat(refusal(() -> this.policies.detach(this.admin, "admin", PermissionSet.AdministratorAccess.arn()))
			.kind()).isEqualTo(AwsException.Kind.CONFLICT);

		this.service.create(this.admin, "second-admin", "first-password", PermissionSet.AdministratorAccess);
		this.service.delete(this.admin, "admin");

		assertThat(this.users.findByAccountIdAndUserNameKey(this.account.id(), "admin")).isEmpty();
		assertThat(latestEvent().eventName()).isEqualTo("iam:DeleteUser");
	}

	@Test
	void aReadOnlyUserChangesNothingAndTheRefusalIsRecorded() {
		Caller auditor = this.testAccounts.caller(this.account.id(), "auditor", PermissionSet.ReadOnlyAccess,
				AwsRegion.EU_WEST_1);

		AwsException refused = refusal(() -> this.service.create(auditor, "intruder", "first-password",
				PermissionSet.AdministratorAccess));

		assertThat(refused.kind()).isEqualTo(AwsException.Kind.FORBIDDEN);
		assertThat(refusal(() -> this.service.delete(auditor, "admin")).errorCode()).isEqualTo("AccessDeniedException");
		assertThat(this.service.list(auditor)).extracting(IamUser::userName).containsExactly("admin");
		assertThat(latestEvent()).satisfies((event) -> {
			assertThat(event.eventName()).isEqualTo("iam:DeleteUser");
			assertThat(event.outcome()).isEqualTo(Outcome.Failure);
			assertThat(event.errorCode()).isEqualTo("AccessDeniedException");
			assertThat(event.principalArn()).isEqualTo(auditor.arn());
			assertThat(event.region()).isEqualTo("eu-west-1");
		});
	}

	@Test
	void anotherAccountsUsersAreInvisibleAndUntouchable() {
		Account other = this.testAccounts.newAccount("Other IAM Account");
		Caller otherAdmin = this.testAccounts.admin(other);
		this.service.create(otherAdmin, "only-there", "first-password", PermissionSet.AdministratorAccess);

		assertThat(refusal(() -> this.service.get(this.admin, "only-there")).kind())
			.isEqualTo(AwsException.Kind.NOT_FOUND);
		assertThat(refusal(() -> this.service.delete(this.admin, "only-there")).errorCode()).isEqualTo("NoSuchEntity");
		assertThat(refusal(() -> this.service.resetPassword(this.admin, "only-there", "taken-over-1")).kind())
			.isEqualTo(AwsException.Kind.NOT_FOUND);
		assertThat(this.service.list(otherAdmin)).extracting(IamUser::userName).containsExactly("admin", "only-there");
		assertThat(this.service.list(this.admin)).extracting(IamUser::userName).containsExactly("admin");
	}

	private AuditEvent latestEvent() {
		return this.audit.page(this.admin, null, null, 1).items().get(0);
	}

	private static AwsException refusal(Runnable call) {
		AwsException refused = catchThrowableOfType(AwsException.class, call::run);
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

}
