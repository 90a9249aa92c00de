package io.dirshare.organizations;

import java.util.List;
import java.util.Map;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.policy.AuthorizationRequest;
import io.dirshare.core.policy.Decision;
import io.dirshare.core.policy.PoliciesChanged;
import io.dirshare.core.policy.PolicyEvaluator;
import io.dirshare.core.policy.ResourceRef;
import io.dirshare.core.policy.ScpLevel;
import io.dirshare.core.policy.ServiceControlPolicies;
import io.dirshare.identity.Account;
import io.dirshare.identity.PermissionSet;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Service control policies through the service the portal and the API use: FullAWSAccess where the
 * type is enabled, AWS's attachment limits, what cannot be deleted or changed, malformed documents
 * refused without a trace, and the levels policy evaluation reads.
 */
@IntegrationTest
@Import(ServiceControlPolicyServiceIntegrationTests.ChangeRecorder.class)
class ServiceControlPolicyServiceIntegrationTests {

	static final String DENY_LEAVING = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {"Sid": "DenyLeaving", "Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}
			  ]
			}""";

	@TestConfiguration(proxyBeanMethods = false)
	static class ChangeRecorder {

		final List<PoliciesChanged> changes = new java.util.concurrent.CopyOnWriteArrayList<>();

		@EventListener
		void on(PoliciesChanged change) {
			this.changes.add(change);
		}

	}

	@Autowired
	OrganizationService organizations;

	@Autowired
	OrganizationRootService roots;

	@Autowired
	HandshakeService handshakes;

	@Autowired
	MemberAccountService accounts;

	@Autowired
	ServiceControlPolicyService policies;

	@Autowired
	ServiceControlPolicies levels;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ChangeRecorder recorder;

	private Caller admin(Account account) {
		return this.testAccounts.admin(account);
	}

	private Organization organization(Account management, FeatureSet featureSet) {
		return this.organizations.createOrganization(admin(management), featureSet).organization();
	}

	private Account member(Account management) {
		Account member = this.testAccounts.newAccount("SCP member");
		String invitation = this.handshakes.inviteAccount(admin(management), member.id(), null).id();
		this.handshakes.acceptHandshake(admin(member), invitation);
		return member;
	}

	private static List<String> ids(List<ServiceControlPolicy> policies) {
		return policies.stream().map(ServiceControlPolicy::id).toList();
	}

	private static void refused(Runnable call, String errorCode, String reason) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsException.class, (refusal) -> {
			assertThat(refusal.errorCode()).isEqualTo(errorCode);
			if (reason != null) {
				assertThat(refusal.extraMembers()).containsEntry("Reason", reason);
			}
		});
	}

	@Test
	void enablingTheTypeAttachesFullAwsAccessEverywhereAndDisablingDetachesEverySCP() {
		Account management = this.testAccounts.newAccount("SCP management");
		Organization organization = organization(management, FeatureSet.ALL);
		Account member = member(management);
		Caller admin = admin(management);
		assertThat(this.policies.listPoliciesForTarget(admin, member.id())).isEmpty();
		assertThat(this.levels.levelsFor(member.id())).isEmpty();

		this.recorder.changes.clear();
		this.roots.enablePolicyType(admin, organization.rootId(), ServiceControlPolicy.TYPE);

		assertThat(this.recorder.changes).isNotEmpty();
		for (String target : List.of(organization.rootId(), management.id(), member.id())) {
			assertThat(ids(this.policies.listPoliciesForTarget(admin, target))).as(target)
				.containsExactly(ServiceControlPolicy.FULL_AWS_ACCESS_ID);
		}
		Account joiner = member(management);
		assertThat(ids(this.policies.listPoliciesForTarget(admin, joiner.id())))
			.containsExactly(ServiceControlPolicy.FULL_AWS_ACCESS_ID);
		assertThat(this.policies.listTargetsForPolicy(admin, ServiceControlPolicy.FULL_AWS_ACCESS_ID))
			.extracting(PolicyTarget::id)
			.containsExactlyInAnyOrder(organization.rootId(), management.id(), member.id(), joiner.id());

		ServiceControlPolicy denyLeaving = this.policies.createPolicy(admin, "DenyLeaving", "", DENY_LEAVING, Map.of());
		this.policies.attachPolicy(admin, denyLeaving.id(), member.id());
		this.accounts.leaveOrganization(admin(joiner));
		assertThat(this.policies.listTargetsForPolicy(admin, ServiceControlPolicy.FULL_AWS_ACCESS_ID))
			.extracting(PolicyTarget::id)
			.doesNotContain(joiner.id());

		this.recorder.changes.clear();
		this.roots.disablePolicyType(admin, organization.rootId(), ServiceControlPolicy.TYPE);
		assertThat(this.recorder.changes).contains(PoliciesChanged.everywhere());
		assertThat(this.policies.listTargetsForPolicy(admin, denyLeaving.id())).isEmpty();
		assertThat(this.policies.listTargetsForPolicy(admin, ServiceControlPolicy.FULL_AWS_ACCESS_ID)).isEmpty();
		assertThat(this.levels.levelsFor(member.id())).isEmpty();
		assertThat(ids(this.policies.listPolicies(admin))).containsExactly(ServiceControlPolicy.FULL_AWS_ACCESS_ID,
				denyLeaving.id());
	}

	@Test
	void aTargetKeepsBetweenOneAndFiveSCPsAndAttachingNeedsTheTypeEnabled() {
		Account management = this.testAccounts.newAccount("SCP limits");
		Organization organization = organization(management, FeatureSet.ALL);
		Account member = member(management);
		Caller admin = admin(management);
		ServiceControlPolicy first = this.policies.createPolicy(admin, "Deny1", "", DENY_LEAVING, Map.of());
		refused(() -> this.policies.attachPolicy(admin, first.id(), member.id()), "PolicyTypeNotEnabledException", null);
		this.roots.enablePolicyType(admin, organization.rootId(), ServiceControlPolicy.TYPE);

		refused(() -> this.policies.detachPolicy(admin, ServiceControlPolicy.FULL_AWS_ACCESS_ID, member.id()),
				"ConstraintViolationException", "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
		refused(() -> this.policies.detachPolicy(admin, first.id(), member.id()), "PolicyNotAttachedException", null);
		refused(() -> this.policies.attachPolicy(admin, first.id(), "999999999999"), "TargetNotFoundException", null);
		refused(() -> this.policies.attachPolicy(admin, "p-nosuchpol1", member.id()), "PolicyNotFoundException", null);
		refused(() -> this.policies.attachPolicy(admin, ServiceControlPolicy.FULL_AWS_ACCESS_ID, member.id()),
				"DuplicatePolicyAttachmentException", null);
		for (int i = 1; i <= 4; i++) {
			ServiceControlPolicy policy = (i == 1) ? first
					: this.policies.createPolicy(admin, "Deny" + i, "", DENY_LEAVING, Map.of());
			this.policies.attachPolicy(admin, policy.id(), member.id());
		}
		ServiceControlPolicy sixth = this.policies.createPolicy(admin, "Deny6", "", DENY_LEAVING, Map.of());
		refused(() -> this.policies.attachPolicy(admin, sixth.id(), member.id()), "ConstraintViolationException",
				"MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
		assertThat(this.policies.listPoliciesForTarget(admin, member.id())).hasSize(5);

		this.policies.attachPolicy(admin, first.id(), organization.rootId());
		this.policies.detachPolicy(admin, ServiceControlPolicy.FULL_AWS_ACCESS_ID, organization.rootId());
		assertThat(ids(this.policies.listPoliciesForTarget(admin, organization.rootId()))).containsExactly(first.id());
	}

	@Test
	void ofTwoConcurrentAttachmentsOnlyOneFitsUnderTheLimit() throws Exception {
		Account management = this.testAccounts.newAccount("SCP race");
		Organization organization = organization(management, FeatureSet.ALL);
		Account member = member(management);
		Caller admin = admin(management);
		this.roots.enablePolicyType(admin, organization.rootId(), ServiceControlPolicy.TYPE);
		for (int i = 1; i <= 3; i++) {
			this.policies.attachPolicy(admin,
					this.policies.createPolicy(admin, "Deny" + i, "", DENY_LEAVING, Map.of()).id(), member.id());
		}
		List<String> contenders = List.of(this.policies.createPolicy(admin, "DenyA", "", DENY_LEAVING, Map.of()).id(),
				this.policies.createPolicy(admin, "DenyB", "", DENY_LEAVING, Map.of()).id());
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<String>> outcomes = contenders.stream().map((policyId) -> pool.submit(() -> {
				start.await();
				try {
					this.policies.attachPolicy(admin, policyId, member.id());
					return "attached";
				}
				catch (AwsException refused) {
					return refused.extraMembers().get("Reason");
				}
			})).toList();
			List<String> results = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsExactlyInAnyOrder("attached", "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.policies.listPoliciesForTarget(admin, member.id())).hasSize(5);
	}

	@Test
	void anAttachedPolicyCannotBeDeletedAndFullAwsAccessNeverChanges() {
		Account management = this.testAccounts.newAccount("SCP delete");
		Organization organization = organization(management, FeatureSet.ALL);
		Caller admin = admin(management);
		this.roots.enablePolicyType(admin, organization.rootId(), ServiceControlPolicy.TYPE);
		ServiceControlPolicy policy = this.policies.createPolicy(admin, "DenyLeaving", "d", DENY_LEAVING,
				Map.of("Team", "platform"));
		this.policies.attachPolicy(admin, policy.id(), organization.rootId());

		refused(() -> this.policies.deletePolicy(admin, policy.id()), "PolicyInUseException", null);
		refused(() -> this.policies.deletePolicy(admin, ServiceControlPolicy.FULL_AWS_ACCESS_ID), "InvalidInputException",
				"IMMUTABLE_POLICY");
		refused(() -> this.policies.updatePolicy(admin, ServiceControlPolicy.FULL_AWS_ACCESS_ID, "Mine", null, null),
				"InvalidInputException", "IMMUTABLE_POLICY");

		this.policies.detachPolicy(admin, policy.id(), organization.rootId());
		this.policies.deletePolicy(admin, policy.id());
		refused(() -> this.policies.describePolicy(admin, policy.id()), "PolicyNotFoundException", null);
		assertThat(ids(this.policies.listPolicies(admin))).containsExactly(ServiceControlPolicy.FULL_AWS_ACCESS_ID);
	}

	@Test
	void aMalformedOrOversizedDocumentOrATakenNameIsRefusedAndChangesNothing() {
		Account management = this.testAccounts.newAccount("SCP malformed");
		organization(management, FeatureSet.ALL);
		Caller admin = admin(management);
		String missingActions = """
				{
				  "Version": "2012-10-17",
				  "Statement": [
				    {"Effect": "Deny", "Resource": "*"}
				  ]
				}""";

		assertThatThrownBy(() -> this.policies.createPolicy(admin, "Broken", "", missingActions, Map.of()))
			.isInstanceOfSatisfying(AwsException.class, (refusal) -> {
				assertThat(refusal.errorCode()).isEqualTo("MalformedPolicyDocumentException");
				assertThat(refusal.getMessage()).isEqualTo("Policy statement must contain actions. (line 4)");
			});
		assertThat(ids(this.policies.listPolicies(admin))).containsExactly(ServiceControlPolicy.FULL_AWS_ACCESS_ID);

		ServiceControlPolicy policy = this.policies.createPolicy(admin, "DenyLeaving", "", DENY_LEAVING, Map.of());
		refused(() -> this.policies.updatePolicy(admin, policy.id(), "Renamed", null, missingActions),
				"MalformedPolicyDocumentException", null);
		String huge = DENY_LEAVING.replace("\"DenyLeaving\"", "\"" + "A".repeat(5200) + "\"");
		refused(() -> this.policies.updatePolicy(admin, policy.id(), null, null, huge), "ConstraintViolationException",
				"POLICY_CONTENT_LIMIT_EXCEEDED");
		refused(() -> this.policies.createPolicy(admin, "DenyLeaving", "", DENY_LEAVING, Map.of()),
				"DuplicatePolicyException", null);
		refused(() -> this.policies.createPolicy(admin, "FullAWSAccess", "", DENY_LEAVING, Map.of()),
				"DuplicatePolicyException", null);
		assertThat(this.policies.describePolicy(admin, policy.id())).isEqualTo(policy);

		ServiceControlPolicy renamed = this.policies.updatePolicy(admin, policy.id(), "Renamed", "Now described", null);
		assertThat(renamed.name()).isEqualTo("Renamed");
		assertThat(renamed.description()).isEqualTo("Now described");
		assertThat(renamed.content()).isEqualTo(DENY_LEAVING);
		assertThat(renamed.arn()).isEqualTo("arn:aws:organizations::" + management.id() + ":policy/"
				+ policy.organizationId() + "/service_control_policy/" + policy.id());
	}

	@Test
	void onlyTheManagementAccountOfAnOrganizationWithAllFeaturesManagesSCPs() {
		Account management = this.testAccounts.newAccount("SCP who");
		organization(management, FeatureSet.ALL);
		Account member = member(management);
		Account billing = this.testAccounts.newAccount("SCP billing");
		organization(billing, FeatureSet.CONSOLIDATED_BILLING);

		refused(() -> this.policies.listPolicies(admin(member)), "AccessDeniedException", null);
		refused(() -> this.policies.createPolicy(admin(member), "Mine", "", DENY_LEAVING, Map.of()),
				"AccessDeniedException", null);
		refused(() -> this.policies.listPolicies(admin(this.testAccounts.newAccount("SCP alone"))),
				"AWSOrganizationsNotInUseException", null);
		refused(() -> this.policies.createPolicy(admin(billing), "Mine", "", DENY_LEAVING, Map.of()),
				"PolicyTypeNotAvailableForOrganizationException", null);
		Caller reader = this.testAccounts.caller(management.id(), "admin", PermissionSet.ReadOnlyAccess, null);
		refused(() -> this.policies.createPolicy(reader, "Mine", "", DENY_LEAVING, Map.of()), "AccessDeniedException",
				null);
		assertThat(this.policies.listPolicies(reader)).hasSize(1);
	}

	@Test
	void theLevelsOverAMemberAreTheRootsThenItsOwnAndTheManagementAccountIsExempt() {
		Account management = this.testAccounts.newAccount("SCP levels");
		Organization organization = organization(management, FeatureSet.ALL);
		Account member = member(management);
		Caller admin = admin(management);
		this.roots.enablePolicyType(admin, organization.rootId(), ServiceControlPolicy.TYPE);
		ServiceControlPolicy denyLeaving = this.policies.createPolicy(admin, "DenyLeaving", "", DENY_LEAVING, Map.of());
		this.policies.attachPolicy(admin, denyLeaving.id(), member.id());

		List<ScpLevel> levels = this.levels.levelsFor(member.id());
		assertThat(levels).extracting(ScpLevel::targetId).containsExactly(organization.rootId(), member.id());
		assertThat(levels.get(0).policies()).extracting((policy) -> policy.name()).containsExactly("FullAWSAccess");
		assertThat(levels.get(1).targetName()).isEqualTo("SCP member");
		assertThat(levels.get(1).policies()).extracting((policy) -> policy.arn())
			.containsExactly("arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess", denyLeaving.arn());
		assertThat(this.levels.levelsFor(management.id())).isEmpty();
		assertThat(this.levels.levelsFor(this.testAccounts.newAccount("SCP none").id())).isEmpty();
		assertThat(this.policies.policiesInEffect(admin(member))).hasSize(2);

		String leave = "organizations:LeaveOrganization";
		Decision denied = PolicyEvaluator.evaluate(request(member.id(), leave, ResourceRef.ANY),
				List.of(PermissionSet.AdministratorAccess.managedPolicy()), levels);
		assertThat(denied.message()).endsWith("with an explicit deny in a service control policy");
		Decision exempt = PolicyEvaluator.evaluate(request(management.id(), leave, ResourceRef.ANY),
				List.of(PermissionSet.AdministratorAccess.managedPolicy()), this.levels.levelsFor(management.id()));
		assertThat(exempt.allowed()).isTrue();
	}

	/**
	 * The demo's DenyAcceptingOutsideDirectories, once attached to a member: accepting a directory whose
	 * owner is outside the organization is denied by the SCP, one owned inside it is not. Evaluated here
	 * with the levels this module gives, as the engine evaluates a request.
	 */
	@Test
	void theDemoPolicyOnceAttachedDeniesAcceptingADirectoryFromOutsideTheOrganization() {
		Account management = this.testAccounts.newAccount("SCP demo");
		Organization organization = organization(management, FeatureSet.ALL);
		Account member = member(management);
		Caller admin = admin(management);
		this.roots.enablePolicyType(admin, organization.rootId(), ServiceControlPolicy.TYPE);
		ServiceControlPolicy demo = this.policies.createPolicy(admin, OrganizationsDemoData.DEMO_SCP_NAME, "",
				OrganizationsDemoData.DEMO_SCP_CONTENT.replace(OrganizationsDemoData.DEMO_ORGANIZATION_ID,
						organization.id()), Map.of());
		String accept = "ds:AcceptSharedDirectory";
		ResourceRef shared = ResourceRef.directory("us-east-1", member.id(), "d-1234567890", Map.of());
		List<io.dirshare.core.policy.NamedPolicy> identity = List.of(PermissionSet.AdministratorAccess.managedPolicy());
		AuthorizationRequest fromPartner = request(member.id(), accept, shared);
		AuthorizationRequest fromInside = request(member.id(), accept, shared).withContext("aws:ResourceOrgID",
				List.of(organization.id()));
		assertThat(PolicyEvaluator.evaluate(fromPartner, identity, this.levels.levelsFor(member.id())).allowed())
			.as("not attached yet")
			.isTrue();

		this.policies.attachPolicy(admin, demo.id(), member.id());

		Decision refused = PolicyEvaluator.evaluate(fromPartner, identity, this.levels.levelsFor(member.id()));
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.message()).isEqualTo("User: arn:aws:iam::" + member.id() + ":user/admin is not authorized "
				+ "to perform: ds:AcceptSharedDirectory on resource: " + shared.arn()
				+ " with an explicit deny in a service control policy");
		assertThat(PolicyEvaluator.evaluate(fromInside, identity, this.levels.levelsFor(member.id())).allowed()).isTrue();
	}

	private static AuthorizationRequest request(String accountId, String action, ResourceRef resource) {
		return AuthorizationRequest.of(accountId, Caller.userArn(accountId, "admin"), action, resource, "us-east-1",
				Map.of());
	}

}
