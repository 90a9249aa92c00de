package io.dirshare.api;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.ShareMethod;
import software.amazon.awssdk.services.directory.model.ShareTarget;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.DuplicatePolicyAttachmentException;
import software.amazon.awssdk.services.organizations.model.DuplicatePolicyException;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.ListPoliciesForTargetResponse;
import software.amazon.awssdk.services.organizations.model.ListPoliciesResponse;
import software.amazon.awssdk.services.organizations.model.ListTargetsForPolicyResponse;
import software.amazon.awssdk.services.organizations.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.organizations.model.Policy;
import software.amazon.awssdk.services.organizations.model.PolicyInUseException;
import software.amazon.awssdk.services.organizations.model.PolicyNotAttachedException;
import software.amazon.awssdk.services.organizations.model.PolicyNotFoundException;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyTargetSummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.organizations.model.PolicyTypeNotEnabledException;
import software.amazon.awssdk.services.organizations.model.TargetNotFoundException;
import software.amazon.awssdk.services.organizations.model.TargetType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Service control policies through the real AWS SDK, as Terraform and scripts call them: every policy
 * operation, paging, AWS's errors with their reasons, and an attached SCP deciding Directory Service
 * requests of a member account.
 */
class ServiceControlPolicyApiIntegrationTests extends ApiIntegrationTest {

	static final String DENY_LEAVING = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyLeaving\","
			+ "\"Effect\":\"Deny\",\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}";

	/** The demo data's DenyAcceptingOutsideDirectories, for the organization given. */
	static final String DENY_ACCEPTING_OUTSIDE = """
			{"Version": "2012-10-17", "Statement": [{"Sid": "DenyAcceptingDirectoriesFromOutside", "Effect": "Deny",
			  "Action": "ds:AcceptSharedDirectory", "Resource": "*",
			  "Condition": {"StringNotEquals": {"aws:ResourceOrgID": "%s"}}}]}""";

	@Test
	void aPolicyIsCreatedDescribedListedUpdatedAttachedDetachedAndDeleted() {
		ApiAccount management = newApiAccount("SCP API management");
		ApiAccount member = newApiAccount("SCP API member");
		String organizationId = organization(management, member);
		OrganizationsClient client = organizations(management);
		String rootId = client.listRoots().roots().get(0).id();
		assertThatThrownBy(() -> client.attachPolicy((r) -> r.policyId("p-FullAWSAccess").targetId(member.id())))
			.isInstanceOf(PolicyTypeNotEnabledException.class);
		client.enablePolicyType((r) -> r.rootId(rootId).policyType(PolicyType.SERVICE_CONTROL_POLICY));

		Policy created = client.createPolicy((r) -> r.name("DenyLeaving")
			.description("Members stay")
			.type(PolicyType.SERVICE_CONTROL_POLICY)
			.content(DENY_LEAVING)
			.tags((tag) -> tag.key("Team").value("platform"))).policy();
		PolicySummary summary = created.policySummary();
		assertThat(summary.id()).matches("^p-[0-9a-z]{10}$");
		assertThat(summary.arn()).isEqualTo("arn:aws:organizations::" + management.id() + ":policy/" + organizationId
				+ "/service_control_policy/" + summary.id());
		assertThat(summary.name()).isEqualTo("DenyLeaving");
		assertThat(summary.description()).isEqualTo("Members stay");
		assertThat(summary.type()).isEqualTo(PolicyType.SERVICE_CONTROL_POLICY);
		assertThat(summary.awsManaged()).isFalse();
		assertThat(created.content()).isEqualTo(DENY_LEAVING);
		assertThat(client.listTagsForResource((r) -> r.resourceId(summary.id())).tags())
			.singleElement()
			.satisfies((tag) -> assertThat(tag.key() + "=" + tag.value()).isEqualTo("Team=platform"));

		Policy full = client.describePolicy((r) -> r.policyId("p-FullAWSAccess")).policy();
		assertThat(full.policySummary().awsManaged()).isTrue();
		assertThat(full.policySummary().arn())
			.isEqualTo("arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess");
		assertThat(full.content()).contains("\"Action\": \"*\"");

		ListPoliciesResponse first = client.listPolicies((r) -> r.filter(PolicyType.SERVICE_CONTROL_POLICY).maxResults(1));
		assertThat(first.policies()).extracting(PolicySummary::id).containsExactly("p-FullAWSAccess");
		ListPoliciesResponse second = client.listPolicies((r) -> r.filter(PolicyType.SERVICE_CONTROL_POLICY)
			.maxResults(1)
			.nextToken(first.nextToken()));
		assertThat(second.policies()).extracting(PolicySummary::id).containsExactly(summary.id());
		assertThat(second.nextToken()).isNull();
		assertThat(client.listPolicies((r) -> r.filter(PolicyType.TAG_POLICY)).policies()).isEmpty();

		Policy updated = client.updatePolicy((r) -> r.policyId(summary.id()).name("DenyLeavingTheOrganization"))
			.policy();
		assertThat(updated.policySummary().name()).isEqualTo("DenyLeavingTheOrganization");
		assertThat(updated.policySummary().description()).isEqualTo("Members stay");
		assertThat(updated.content()).isEqualTo(DENY_LEAVING);

		client.attachPolicy((r) -> r.policyId(summary.id()).targetId(member.id()));
		client.attachPolicy((r) -> r.policyId(summary.id()).targetId(rootId));
		ListPoliciesForTargetResponse forMember = client.listPoliciesForTarget((r) -> r.targetId(member.id())
			.filter(PolicyType.SERVICE_CONTROL_POLICY)
			.maxResults(1));
		assertThat(forMember.policies()).extracting(PolicySummary::id).containsExactly("p-FullAWSAccess");
		assertThat(client.listPoliciesForTarget((r) -> r.targetId(member.id())
			.filter(PolicyType.SERVICE_CONTROL_POLICY)
			.nextToken(forMember.nextToken())).policies()).extracting(PolicySummary::id).containsExactly(summary.id());
		ListTargetsForPolicyResponse targets = client.listTargetsForPolicy((r) -> r.policyId(summary.id()));
		assertThat(targets.targets()).extracting(PolicyTargetSummary::targetId).containsExactly(member.id(), rootId);
		assertThat(targets.targets().get(0).type()).isEqualTo(TargetType.ACCOUNT);
		assertThat(targets.targets().get(0).name()).isEqualTo("SCP API member");
		assertThat(targets.targets().get(0).arn()).isEqualTo("arn:aws:organizations::" + management.id() + ":account/"
				+ organizationId + "/" + member.id());
		assertThat(targets.targets().get(1).type()).isEqualTo(TargetType.ROOT);
		assertThat(client.listTargetsForPolicy((r) -> r.policyId("p-FullAWSAccess").maxResults(1)).nextToken()).isNotNull();

		assertThatThrownBy(() -> client.deletePolicy((r) -> r.policyId(summary.id())))
			.isInstanceOf(PolicyInUseException.class);
		client.detachPolicy((r) -> r.policyId(summary.id()).targetId(member.id()));
		client.detachPolicy((r) -> r.policyId(summary.id()).targetId(rootId));
		client.deletePolicy((r) -> r.policyId(summary.id()));
		assertThatThrownBy(() -> client.describePolicy((r) -> r.policyId(summary.id())))
			.isInstanceOf(PolicyNotFoundException.class);
	}

	@Test
	void refusalsCarryAwsErrorsAndReasons() {
		ApiAccount management = newApiAccount("SCP API errors");
		ApiAccount member = newApiAccount("SCP API errors member");
		organization(management, member);
		OrganizationsClient client = organizations(management);
		String rootId = client.listRoots().roots().get(0).id();
		client.enablePolicyType((r) -> r.rootId(rootId).policyType(PolicyType.SERVICE_CONTROL_POLICY));

		assertThatThrownBy(() -> client.createPolicy((r) -> r.name("Broken")
			.description("")
			.type(PolicyType.SERVICE_CONTROL_POLICY)
			.content("{\"Version\": \"2012-10-17\",\n \"Statement\": [{\"Effect\": \"Deny\", \"Resource\": \"*\"}]}")))
			.isInstanceOfSatisfying(MalformedPolicyDocumentException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Policy statement must contain actions. (line 2)"));
		assertThat(client.listPolicies((r) -> r.filter(PolicyType.SERVICE_CONTROL_POLICY)).policies()).hasSize(1);
		assertThatThrownBy(() -> client.createPolicy((r) -> r.name("FullAWSAccess")
			.description("")
			.type(PolicyType.SERVICE_CONTROL_POLICY)
			.content(DENY_LEAVING))).isInstanceOf(DuplicatePolicyException.class);
		String tooLong = DENY_LEAVING.replace("DenyLeaving", "D".repeat(5200));
		assertThatThrownBy(() -> client.createPolicy((r) -> r.name("Huge")
			.description("")
			.type(PolicyType.SERVICE_CONTROL_POLICY)
			.content(tooLong))).isInstanceOfSatisfying(ConstraintViolationException.class,
					(ex) -> assertThat(ex.reasonAsString()).isEqualTo("POLICY_CONTENT_LIMIT_EXCEEDED"));
		assertThatThrownBy(() -> client.detachPolicy((r) -> r.policyId("p-FullAWSAccess").targetId(member.id())))
			.isInstanceOfSatisfying(ConstraintViolationException.class,
					(ex) -> assertThat(ex.reasonAsString()).isEqualTo("MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"));
		assertThatThrownBy(() -> client.attachPolicy((r) -> r.policyId("p-FullAWSAccess").targetId(member.id())))
			.isInstanceOf(DuplicatePolicyAttachmentException.class);
		String policyId = client.createPolicy((r) -> r.name("DenyLeaving")
			.description("")
			.type(PolicyType.SERVICE_CONTROL_POLICY)
			.content(DENY_LEAVING)).policy().policySummary().id();
		assertThatThrownBy(() -> client.detachPolicy((r) -> r.policyId(policyId).targetId(member.id())))
			.isInstanceOf(PolicyNotAttachedException.class);
		assertThatThrownBy(() -> client.attachPolicy((r) -> r.policyId(policyId).targetId("123456789012")))
			.isInstanceOf(TargetNotFoundException.class);
		assertThatThrownBy(() -> client.listPoliciesForTarget((r) -> r.targetId("ou-abcd-abcdefgh")
			.filter(PolicyType.SERVICE_CONTROL_POLICY))).isInstanceOf(TargetNotFoundException.class);
		assertThatThrownBy(() -> client.updatePolicy((r) -> r.policyId("p-FullAWSAccess").name("Mine")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.reasonAsString()).isEqualTo("IMMUTABLE_POLICY"));
		assertThatThrownBy(() -> client.describePolicy((r) -> r.policyId("p-doesnotexist")))
			.isInstanceOf(PolicyNotFoundException.class);
		assertThatThrownBy(() -> client.listPolicies((r) -> r.filter(PolicyType.SERVICE_CONTROL_POLICY).nextToken("bogus")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.reasonAsString()).isEqualTo("INVALID_NEXT_TOKEN"));
		assertThatThrownBy(() -> organizations(member).listPolicies((r) -> r.filter(PolicyType.SERVICE_CONTROL_POLICY)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> organizations(member).attachPolicy((r) -> r.policyId(policyId).targetId(member.id())))
			.isInstanceOf(AccessDeniedException.class);

		client.disablePolicyType((r) -> r.rootId(rootId).policyType(PolicyType.SERVICE_CONTROL_POLICY));
		assertThat(client.listPoliciesForTarget((r) -> r.targetId(member.id()).filter(PolicyType.SERVICE_CONTROL_POLICY))
			.policies()).isEmpty();
	}

	/**
	 * With the demo's SCP attached, the member's administrator may accept an invitation from inside the
	 * organization (its {@code aws:ResourceOrgID} is the owner's organization) but not one from a
	 * standalone account, whose directory has no {@code aws:ResourceOrgID}; once detached, it may.
	 */
	@Test
	void anAttachedScpRefusesAcceptingOnlyDirectoriesOwnedOutsideTheOrganization() {
		ApiAccount management = newApiAccount("SCP accept management");
		ApiAccount member = newApiAccount("SCP accept member");
		ApiAccount partner = newApiAccount("SCP accept partner");
		String organizationId = organization(management, member);
		OrganizationsClient client = organizations(management);
		String rootId = client.listRoots().roots().get(0).id();
		client.enablePolicyType((r) -> r.rootId(rootId).policyType(PolicyType.SERVICE_CONTROL_POLICY));
		String policyId = client.createPolicy((r) -> r.name("DenyAcceptingOutsideDirectories")
			.description("Only directories of the organization")
			.type(PolicyType.SERVICE_CONTROL_POLICY)
			.content(DENY_ACCEPTING_OUTSIDE.formatted(organizationId))).policy().policySummary().id();
		client.attachPolicy((r) -> r.policyId(policyId).targetId(member.id()));
		String fromPartner = invite(directory(partner), member);
		String fromManagement = invite(directory(management), member);
		DirectoryClient memberAdmin = directory(member);

		assertThatThrownBy(() -> memberAdmin.acceptSharedDirectory((r) -> r.sharedDirectoryId(fromPartner)))
			.isInstanceOfSatisfying(software.amazon.awssdk.services.directory.model.AccessDeniedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + member.id()
							+ ":user/admin is not authorized to perform: ds:AcceptSharedDirectory on resource: "
							+ "arn:aws:ds:us-east-1:" + member.id() + ":directory/" + fromPartner
							+ " with an explicit deny in a service control policy"));
		assertThat(memberAdmin.acceptSharedDirectory((r) -> r.sharedDirectoryId(fromManagement))
			.sharedDirectory()
			.sharedDirectoryId()).isEqualTo(fromManagement);

		client.detachPolicy((r) -> r.policyId(policyId).targetId(member.id()));
		assertThat(memberAdmin.acceptSharedDirectory((r) -> r.sharedDirectoryId(fromPartner))
			.sharedDirectory()
			.sharedDirectoryId()).isEqualTo(fromPartner);
	}

	private String invite(DirectoryClient owner, ApiAccount consumer) {
		String directoryId = activeDirectory(owner, "Standard");
		return owner.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod(ShareMethod.HANDSHAKE)
			.shareTarget(ShareTarget.builder()
				.id(consumer.id())
				.type(software.amazon.awssdk.services.directory.model.TargetType.ACCOUNT)
				.build())).sharedDirectoryId();
	}

}
