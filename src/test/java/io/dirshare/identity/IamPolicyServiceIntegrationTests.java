package io.dirshare.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.policy.AuthorizationRequest;
import io.dirshare.core.policy.IdentityPolicies;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.PoliciesChanged;
import io.dirshare.core.policy.ResourceRef;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Customer managed policies and attachments as IAM keeps them: five versions at most, one default,
 * ten policies per user, no deleting what is attached, and a malformed document refused with IAM's
 * message and its line; the policies in effect are the attached ones at their default version.
 */
@IntegrationTest
@RecordApplicationEvents
class IamPolicyServiceIntegrationTests {

	static final String DESCRIBE_ONLY = """
			{
			  "Version": "2012-10-17",
			  "Statement": [{"Effect": "Allow", "Action": "ds:DescribeDirectories", "Resource": "*"}]
			}""";

	static final String SHARE_TOO = """
			{
			  "Version": "2012-10-17",
			  "Statement": [{"Effect": "Allow", "Action": ["ds:DescribeDirectories", "ds:ShareDirectory"], "Resource": "*"}]
			}""";

	@Autowired
	IamPolicyService policies;

	@Autowired
	IamUserService users;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IdentityPrincipalPolicies principalPolicies;

	@Autowired
	ApplicationEvents events;

	Account account;

	Caller admin;

	@BeforeEach
	void accountWithJane() {
		this.account = this.testAccounts.newAccount("Policy Test");
		this.admin = this.testAccounts.admin(this.account);
		this.users.create(this.admin, "jane", TestAccounts.PASSWORD, PermissionSet.ReadOnlyAccess);
	}

	@Test
	void createsAPolicyListsItBesideTheAwsManagedOnesAndNamesItByArn() {
		IamPolicy created = this.policies.create(this.admin, "DescribeOnly", "Reads directories", DESCRIBE_ONLY);

		assertThat(created.arn()).isEqualTo("arn:aws:iam::" + this.account.id() + ":policy/DescribeOnly");
		assertThat(created.policyId()).matches("ANPA[A-Z2-7]{17}");
		assertThat(this.policies.list(this.admin, Optional.empty())).extracting(PolicySummary::policyName)
			.containsExactly("AdministratorAccess", "AWSDirectoryServiceFullAccess", "AWSOrganizationsFullAccess",
					"ReadOnlyAccess", "DescribeOnly");
		assertThat(this.policies.list(this.admin, Optional.of(PolicyType.CUSTOMER_MANAGED)))
			.extracting(PolicySummary::policyName)
			.containsExactly("DescribeOnly");
		PolicyDetail detail = this.policies.get(this.admin, created.arn());
		assertThat(detail.defaultDocument()).isEqualTo(DESCRIBE_ONLY);
		assertThat(detail.versions()).extracting(PolicyVersion::versionId).containsExactly("v1");
		assertThat(refusal(() -> this.policies.create(this.admin, "describeonly", null, DESCRIBE_ONLY)).errorCode())
			.isEqualTo("EntityAlreadyExists");
	}

	@Test
	void aMalformedDocumentIsRefusedWithIamsMessageAndItsLineAndNothingIsStored() {
		String missingAction = """
				{
				  "Version": "2012-10-17",
				  "Statement": [
				    {"Effect": "Allow",
				     "Resource": "*"}
				  ]
				}""";
		AwsException refused = refusal(() -> this.policies.create(this.admin, "Broken", null, missingAction));

		assertThat(refused.errorCode()).isEqualTo("MalformedPolicyDocument");
		assertThat(refused.getMessage()).contains("(line 4)");
		assertThat(refusal(() -> this.policies.create(this.admin, "Broken", null, "{\n  \"Version\": ")).errorCode())
			.isEqualTo("MalformedPolicyDocument");
		assertThat(this.policies.list(this.admin, Optional.of(PolicyType.CUSTOMER_MANAGED))).isEmpty();
	}

	@Test
	void aPolicyKeepsFiveVersionsAtMostAndTheDefaultDecidesWhatItAllows() {
		IamPolicy policy = this.policies.create(this.admin, "Evolving", null, DESCRIBE_ONLY);
		this.policies.attach(this.admin, "jane", policy.arn());
		this.policies.detach(this.admin, "jane", PermissionSet.ReadOnlyAccess.arn());
		assertThat(allows("jane", "ds:ShareDirectory")).isFalse();

		PolicyVersion v2 = this.policies.createVersion(this.admin, policy.arn(), SHARE_TOO, true);
		assertThat(v2.versionId()).isEqualTo("v2");
		assertThat(allows("jane", "ds:ShareDirectory")).isTrue();
		this.policies.createVersion(this.admin, policy.arn(), DESCRIBE_ONLY, false);
		this.policies.createVersion(this.admin, policy.arn(), DESCRIBE_ONLY, false);
		this.policies.createVersion(this.admin, policy.arn(), DESCRIBE_ONLY, false);

		AwsException sixth = refusal(() -> this.policies.createVersion(this.admin, policy.arn(), DESCRIBE_ONLY, false));
		assertThat(sixth.errorCode()).isEqualTo("LimitExceeded");
		assertThat(sixth.getMessage()).isEqualTo("A managed policy can have up to 5 versions. Before you create a new"
				+ " version, you must delete an existing version.");

		this.policies.setDefaultVersion(this.admin, policy.arn(), "v1");
		assertThat(allows("jane", "ds:ShareDirectory")).isFalse();
		assertThat(this.principalPolicies.of(this.account.id(), "jane").policies())
			.singleElement()
			.satisfies((inEffect) -> assertThat(inEffect.versionId()).isEqualTo("v1"));
		assertThat(refusal(() -> this.policies.deleteVersion(this.admin, policy.arn(), "v1")).errorCode())
			.isEqualTo("DeleteConflict");

		this.policies.deleteVersion(this.admin, policy.arn(), "v3");
		PolicyVersion v6 = this.policies.createVersion(this.admin, policy.arn(), DESCRIBE_ONLY, false);
		assertThat(v6.versionId()).as("IAM never reuses a version ID").isEqualTo("v6");
		assertThat(this.policies.get(this.admin, policy.arn()).versions()).extracting(PolicyVersion::versionId)
			.containsExactlyInAnyOrder("v1", "v2", "v4", "v5", "v6");
	}

	@Test
	void aUserHoldsTenPoliciesAtMostAndTheEleventhChangesNothing() {
		List<String> arns = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			arns.add(this.policies.create(this.admin, "Policy" + i, null, DESCRIBE_ONLY).arn());
		}
		this.policies.attachAll(this.admin, "jane", arns.subList(0, 9));
		assertThat(this.policies.attachedTo(this.admin, "jane")).hasSize(10);

		AwsException eleventh = refusal(() -> this.policies.attach(this.admin, "jane", arns.get(9)));
		assertThat(eleventh.errorCode()).isEqualTo("LimitExceeded");
		assertThat(eleventh.getMessage()).isEqualTo("Cannot exceed quota for PoliciesPerUser: 10");

		this.policies.detach(this.admin, "jane", arns.get(0));
		assertThat(refusal(() -> this.policies.attachAll(this.admin, "jane", List.of(arns.get(0), arns.get(9)))))
			.as("both or neither").extracting(AwsException::errorCode).isEqualTo("LimitExceeded");
		assertThat(this.policies.attachedTo(this.admin, "jane")).hasSize(9);
	}

	@Test
	void anAttachedPolicyIsNotDeletedADetachedOneIsWithItsVersions() {
		IamPolicy policy = this.policies.create(this.admin, "InUse", null, DESCRIBE_ONLY);
		this.policies.createVersion(this.admin, policy.arn(), SHARE_TOO, false);
		this.policies.attach(this.admin, "jane", policy.arn());

		AwsException refused = refusal(() -> this.policies.delete(this.admin, policy.arn()));
		assertThat(refused.errorCode()).isEqualTo("DeleteConflict");
		assertThat(refused.getMessage()).isEqualTo("Cannot delete a policy attached to entities.");
		assertThat(this.policies.get(this.admin, policy.arn()).attachedUserNames()).containsExactly("jane");

		this.policies.detach(this.admin, "jane", policy.arn());
		this.policies.delete(this.admin, policy.arn());
		assertThat(refusal(() -> this.policies.get(this.admin, policy.arn())).errorCode()).isEqualTo("NoSuchEntity");
	}

	@Test
	void onlyAwsManagedPoliciesAndTheAccountsOwnAreAttachable() {
		Account other = this.testAccounts.newAccount("Other Policy Test");
		IamPolicy theirs = this.policies.create(this.testAccounts.admin(other), "Theirs", null, DESCRIBE_ONLY);

		assertThat(refusal(() -> this.policies.attach(this.admin, "jane", theirs.arn())).errorCode())
			.isEqualTo("NoSuchEntity");
		assertThat(refusal(() -> this.policies.attach(this.admin, "jane", "arn:aws:iam::aws:policy/PowerUserAccess"))
			.errorCode()).isEqualTo("NoSuchEntity");
		assertThat(refusal(() -> this.policies.get(this.admin, theirs.arn())).errorCode()).isEqualTo("NoSuchEntity");
		assertThat(refusal(() -> this.policies.createVersion(this.admin, PermissionSet.ReadOnlyAccess.arn(),
				DESCRIBE_ONLY, true)).kind()).isEqualTo(AwsException.Kind.FORBIDDEN);
	}

	@Test
	void everyChangeIsAuthorizedAndAnnounced() {
		Caller auditor = this.testAccounts.caller(this.account.id(), "jane", PermissionSet.ReadOnlyAccess,
				AwsRegion.US_EAST_1);
		assertThat(this.policies.list(auditor, Optional.empty())).hasSize(4);
		assertThat(refusal(() -> this.policies.create(auditor, "Sneaky", null, DESCRIBE_ONLY)).kind())
			.isEqualTo(AwsException.Kind.FORBIDDEN);
		assertThat(refusal(() -> this.policies.attach(auditor, "jane", PermissionSet.AdministratorAccess.arn())).kind())
			.isEqualTo(AwsException.Kind.FORBIDDEN);

		this.events.clear();
		this.policies.attach(this.admin, "jane", PermissionSet.DirectoryServiceFullAccess.arn());
		assertThat(this.events.stream(PoliciesChanged.class))
			.containsExactly(PoliciesChanged.forUser(this.account.id(), "jane"));
		for (Action read : List.of(Action.IAM_LIST_POLICIES, Action.IAM_GET_POLICY, Action.IAM_GET_POLICY_VERSION,
				Action.IAM_LIST_POLICY_VERSIONS, Action.IAM_LIST_ATTACHED_USER_POLICIES,
				Action.IAM_LIST_ENTITIES_FOR_POLICY)) {
			assertThat(Permissions.of(PermissionSet.ReadOnlyAccess.managedPolicy()).couldAllow(read.iamName()))
				.as(read.iamName())
				.isTrue();
		}
	}

	private boolean allows(String userName, String action) {
		IdentityPolicies policies = this.principalPolicies.of(this.account.id(), userName);
		return Permissions.of(policies.policies(), List.of(), policies.tags())
			.evaluate(AuthorizationRequest.of(this.account.id(), Caller.userArn(this.account.id(), userName), action,
					ResourceRef.ANY, "us-east-1", java.util.Map.of()))
			.allowed();
	}

	private static AwsException refusal(Runnable call) {
		AwsException refused = catchThrowableOfType(AwsException.class, call::run);
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

}
