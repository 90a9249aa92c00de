package io.dirshare.api;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.ActionType;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.ChildNotFoundException;
import software.amazon.awssdk.services.organizations.model.ChildType;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatusNotFoundException;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.MasterCannotLeaveOrganizationException;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.organizations.model.OrganizationNotEmptyException;
import software.amazon.awssdk.services.organizations.model.ParentNotFoundException;
import software.amazon.awssdk.services.organizations.model.ParentType;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.organizations.model.PolicyTypeAlreadyEnabledException;
import software.amazon.awssdk.services.organizations.model.PolicyTypeNotAvailableForOrganizationException;
import software.amazon.awssdk.services.organizations.model.PolicyTypeNotEnabledException;
import software.amazon.awssdk.services.organizations.model.PolicyTypeStatus;
import software.amazon.awssdk.services.organizations.model.Root;
import software.amazon.awssdk.services.organizations.model.RootNotFoundException;
import software.amazon.awssdk.services.organizations.model.Tag;
import software.amazon.awssdk.services.organizations.model.TargetNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What Terraform's aws_organizations_organization and aws_organizations_account call beyond the basics,
 * through the real SDK: the root and its policy types, parents and children, asynchronous CreateAccount,
 * removing, leaving and deleting, enabling all features, tags, trusted access for other services.
 */
class OrganizationStructureApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void theOrganizationHasOneRootWhosePolicyTypesAreEnabledAndDisabled() {
		ApiAccount management = newApiAccount("Root management");
		ApiAccount member = newApiAccount("Root member");
		String organizationId = organization(management, member);
		OrganizationsClient client = organizations(management);

		Root root = client.listRoots().roots().get(0);
		assertThat(client.listRoots().roots()).hasSize(1);
		assertThat(root.id()).isEqualTo("r-" + organizationId.substring(2)).matches("^r-[0-9a-z]{4,32}$");
		assertThat(root.name()).isEqualTo("Root");
		assertThat(root.arn()).isEqualTo("arn:aws:organizations::" + management.id() + ":root/" + organizationId + "/" + root.id());
		assertThat(root.policyTypes()).isEmpty();

		Root enabled = client.enablePolicyType((r) -> r.rootId(root.id()).policyType(PolicyType.SERVICE_CONTROL_POLICY)).root();
		assertThat(enabled.policyTypes()).singleElement().satisfies((type) -> {
			assertThat(type.type()).isEqualTo(PolicyType.SERVICE_CONTROL_POLICY);
			assertThat(type.status()).isEqualTo(PolicyTypeStatus.ENABLED);
		});
		assertThat(client.listRoots().roots().get(0).policyTypes()).hasSize(1);
		assertThat(client.describeOrganization().organization().availablePolicyTypes()).hasSize(1);
		assertThatThrownBy(() -> client.enablePolicyType((r) -> r.rootId(root.id()).policyType(PolicyType.SERVICE_CONTROL_POLICY)))
			.isInstanceOf(PolicyTypeAlreadyEnabledException.class);
		assertThat(client.disablePolicyType((r) -> r.rootId(root.id()).policyType(PolicyType.SERVICE_CONTROL_POLICY))
			.root()
			.policyTypes()).isEmpty();
		assertThatThrownBy(() -> client.disablePolicyType((r) -> r.rootId(root.id()).policyType(PolicyType.TAG_POLICY)))
			.isInstanceOf(PolicyTypeNotEnabledException.class);
		assertThatThrownBy(() -> client.enablePolicyType((r) -> r.rootId("r-zzzz").policyType(PolicyType.TAG_POLICY)))
			.isInstanceOf(RootNotFoundException.class);
		assertThatThrownBy(() -> organizations(member).listRoots()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> organizations(newApiAccount("No org")).listRoots())
			.isInstanceOf(AwsOrganizationsNotInUseException.class);

		ApiAccount billing = newApiAccount("Billing only");
		String billingOrg = organizations(billing).createOrganization((r) -> r.featureSet(OrganizationFeatureSet.CONSOLIDATED_BILLING))
			.organization()
			.id();
		assertThatThrownBy(() -> organizations(billing).enablePolicyType((r) -> r.rootId("r-" + billingOrg.substring(2))
			.policyType(PolicyType.SERVICE_CONTROL_POLICY))).isInstanceOf(PolicyTypeNotAvailableForOrganizationException.class);
	}

	@Test
	void accountsAreTheRootsChildren() {
		ApiAccount management = newApiAccount("Children management");
		ApiAccount member = newApiAccount("Children member");
		String organizationId = organization(management, member);
		OrganizationsClient client = organizations(management);
		String rootId = "r-" + organizationId.substring(2);

		assertThat(client.listParents((r) -> r.childId(member.id())).parents()).singleElement().satisfies((parent) -> {
			assertThat(parent.id()).isEqualTo(rootId);
			assertThat(parent.type()).isEqualTo(ParentType.ROOT);
		});
		assertThat(client.listChildren((r) -> r.parentId(rootId).childType(ChildType.ACCOUNT)).children())
			.extracting((child) -> child.id())
			.containsExactlyInAnyOrder(management.id(), member.id());
		assertThat(client.listChildrenPaginator((r) -> r.parentId(rootId).childType(ChildType.ACCOUNT).maxResults(1))
			.stream()
			.mapToLong((page) -> page.children().size())
			.sum()).isEqualTo(2);
		assertThat(client.listChildren((r) -> r.parentId(rootId).childType(ChildType.ORGANIZATIONAL_UNIT)).children()).isEmpty();
		assertThatThrownBy(() -> client.listParents((r) -> r.childId(newApiAccount("Outsider").id())))
			.isInstanceOf(ChildNotFoundException.class);
		assertThatThrownBy(() -> client.listChildren((r) -> r.parentId("r-zzzz").childType(ChildType.ACCOUNT)))
			.isInstanceOf(ParentNotFoundException.class);
	}

	@Test
	void createAccountCompletesAsynchronouslyWithItsTags() {
		ApiAccount management = newApiAccount("Creator");
		organization(management);
		OrganizationsClient client = organizations(management);
		String email = "new-" + management.id() + "@example.com";

		CreateAccountStatus requested = client.createAccount((r) -> r.accountName("Workloads")
			.email(email)
			.tags(Tag.builder().key("CostCenter").value("42").build())).createAccountStatus();
		assertThat(requested.id()).matches("^car-[a-z0-9]{8,32}$");
		assertThat(requested.state()).isEqualTo(CreateAccountState.IN_PROGRESS);
		assertThat(requested.accountId()).isNull();

		CreateAccountStatus succeeded = await(() -> client.describeCreateAccountStatus((r) -> r.createAccountRequestId(requested.id()))
			.createAccountStatus(), (status) -> status.state() != CreateAccountState.IN_PROGRESS, "SUCCEEDED");
		assertThat(succeeded.state()).isEqualTo(CreateAccountState.SUCCEEDED);
		assertThat(succeeded.completedTimestamp()).isAfterOrEqualTo(succeeded.requestedTimestamp());
		Account created = client.describeAccount((r) -> r.accountId(succeeded.accountId())).account();
		assertThat(created.name()).isEqualTo("Workloads");
		assertThat(created.email()).isEqualTo(email);
		assertThat(created.joinedMethodAsString()).isEqualTo("CREATED");
		assertThat(client.listTagsForResource((r) -> r.resourceId(succeeded.accountId())).tags())
			.containsExactly(Tag.builder().key("CostCenter").value("42").build());

		String again = client.createAccount((r) -> r.accountName("Duplicate").email(email)).createAccountStatus().id();
		CreateAccountStatus failed = await(() -> client.describeCreateAccountStatus((r) -> r.createAccountRequestId(again))
			.createAccountStatus(), (status) -> status.state() != CreateAccountState.IN_PROGRESS, "FAILED");
		assertThat(failed.state()).isEqualTo(CreateAccountState.FAILED);
		assertThat(failed.failureReasonAsString()).isEqualTo("EMAIL_ALREADY_EXISTS");
		assertThatThrownBy(() -> client.describeCreateAccountStatus((r) -> r.createAccountRequestId("car-00000000000000000000000000000000")))
			.isInstanceOf(CreateAccountStatusNotFoundException.class);

		client.removeAccountFromOrganization((r) -> r.accountId(succeeded.accountId()));
		assertThat(client.listAccounts().accounts()).extracting(Account::id).containsExactly(management.id());
		client.deleteOrganization();
		assertThatThrownBy(client::describeOrganization).isInstanceOf(AwsOrganizationsNotInUseException.class);
	}

	@Test
	void membersLeaveAndTheLastAccountDeletesTheOrganization() {
		ApiAccount management = newApiAccount("Leave management");
		ApiAccount member = newApiAccount("Leaver");
		organization(management, member);
		OrganizationsClient client = organizations(management);

		assertThatThrownBy(client::deleteOrganization).isInstanceOf(OrganizationNotEmptyException.class);
		assertThatThrownBy(client::leaveOrganization).isInstanceOf(MasterCannotLeaveOrganizationException.class);
		organizations(member).leaveOrganization();
		assertThatThrownBy(() -> organizations(member).describeOrganization())
			.isInstanceOf(AwsOrganizationsNotInUseException.class);
		client.deleteOrganization();
		assertThatThrownBy(client::deleteOrganization).isInstanceOf(AwsOrganizationsNotInUseException.class);
	}

	@Test
	void enableAllFeaturesStartsAHandshakeThatDescribeHandshakeShows() {
		ApiAccount management = newApiAccount("Features management");
		OrganizationsClient client = organizations(management);
		client.createOrganization((r) -> r.featureSet(OrganizationFeatureSet.CONSOLIDATED_BILLING));

		var request = client.enableAllFeatures().handshake();

		assertThat(request.action()).isEqualTo(ActionType.ENABLE_ALL_FEATURES);
		assertThat(request.state()).isEqualTo(HandshakeState.ACCEPTED);
		assertThat(client.describeHandshake((r) -> r.handshakeId(request.id())).handshake().id()).isEqualTo(request.id());
		assertThat(client.describeOrganization().organization().featureSet()).isEqualTo(OrganizationFeatureSet.ALL);
	}

	@Test
	void trustedAccessIsForTheServicePrincipalsAwsAllowsAndTagsForAccountsAndTheRoot() {
		ApiAccount management = newApiAccount("Principals management");
		ApiAccount member = newApiAccount("Tagged member");
		String organizationId = organization(management, member);
		OrganizationsClient client = organizations(management);

		client.enableAWSServiceAccess((r) -> r.servicePrincipal("sso.amazonaws.com"));
		client.enableAWSServiceAccess((r) -> r.servicePrincipal("ds.amazonaws.com"));
		assertThat(client.listAWSServiceAccessForOrganization().enabledServicePrincipals())
			.extracting((enabled) -> enabled.servicePrincipal())
			.containsExactly("ds.amazonaws.com", "sso.amazonaws.com");
		assertThatThrownBy(() -> client.enableAWSServiceAccess((r) -> r.servicePrincipal("nope.amazonaws.com")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("You specified an unrecognized service principal."));

		client.tagResource((r) -> r.resourceId(member.id()).tags(Tag.builder().key("Team").value("a").build(),
				Tag.builder().key("Env").value("dev").build()));
		client.tagResource((r) -> r.resourceId("r-" + organizationId.substring(2)).tags(Tag.builder().key("Scope").value("all").build()));
		client.untagResource((r) -> r.resourceId(member.id()).tagKeys("Env"));
		assertThat(client.listTagsForResource((r) -> r.resourceId(member.id())).tags())
			.containsExactly(Tag.builder().key("Team").value("a").build());
		assertThat(client.listTagsForResource((r) -> r.resourceId("r-" + organizationId.substring(2))).tags()).hasSize(1);
		assertThatThrownBy(() -> client.listTagsForResource((r) -> r.resourceId(newApiAccount("Untagged").id())))
			.isInstanceOf(TargetNotFoundException.class);
		assertThatThrownBy(() -> client.tagResource((r) -> r.resourceId(member.id()).tags(Tag.builder().key("aws:x").value("y").build())))
			.isInstanceOf(InvalidInputException.class);
	}

}
