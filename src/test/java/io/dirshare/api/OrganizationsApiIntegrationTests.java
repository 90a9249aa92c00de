package io.dirshare.api;

import java.time.Instant;

import io.dirshare.identity.PermissionSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.AccountJoinedMethod;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;
import software.amazon.awssdk.services.organizations.model.ActionType;
import software.amazon.awssdk.services.organizations.model.AlreadyInOrganizationException;
import software.amazon.awssdk.services.organizations.model.DuplicateHandshakeException;
import software.amazon.awssdk.services.organizations.model.HandshakeAlreadyInStateException;
import software.amazon.awssdk.services.organizations.model.HandshakeConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.HandshakeNotFoundException;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.InvalidHandshakeTransitionException;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationResponse;
import software.amazon.awssdk.services.organizations.model.EnabledServicePrincipal;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AWS Organizations operations through the real SDK's OrganizationsClient. */
class OrganizationsApiIntegrationTests extends ApiIntegrationTest {

	static final String DS = "ds.amazonaws.com";

	@Autowired
	JdbcClient jdbc;

	@Test
	void describeOrganizationAnswersManagementAndMemberAccounts() {
		ApiAccount management = newApiAccount("Org management");
		ApiAccount member = newApiAccount("Org member");
		String organizationId = organization(management, member);

		DescribeOrganizationResponse described = organizations(member).describeOrganization();

		assertThat(described.organization().id()).isEqualTo(organizationId);
		assertThat(described.organization().featureSet()).isEqualTo(OrganizationFeatureSet.ALL);
		assertThat(described.organization().masterAccountId()).isEqualTo(management.id());
		assertThat(described.organization().masterAccountEmail()).isEqualTo(management.account().email());
		assertThat(described.organization().arn())
			.isEqualTo("arn:aws:organizations::" + management.id() + ":organization/" + organizationId);
		assertThat(described.organization().masterAccountArn()).isEqualTo(
				"arn:aws:organizations::" + management.id() + ":account/" + organizationId + "/" + management.id());
	}

	@Test
	void describeOrganizationOutsideAnOrganizationIsNotInUse() {
		ApiAccount standalone = newApiAccount("Standalone");

		assertThatThrownBy(() -> organizations(standalone).describeOrganization())
			.isInstanceOfSatisfying(AwsOrganizationsNotInUseException.class, (ex) -> assertThat(
					ex.awsErrorDetails().errorCode()).isEqualTo("AWSOrganizationsNotInUseException"));
	}

	@Test
	void enablesListsAndDisablesTrustedAccessAndAuditsItAsApiEvents() {
		ApiAccount management = newApiAccount("Trusted access");
		organization(management);
		OrganizationsClient client = organizations(management);
		Instant before = Instant.now().minusSeconds(1);

		client.enableAWSServiceAccess((request) -> request.servicePrincipal(DS));
		assertThat(client.listAWSServiceAccessForOrganization().enabledServicePrincipals())
			.singleElement()
			.satisfies((enabled) -> {
				assertThat(enabled.servicePrincipal()).isEqualTo(DS);
				assertThat(enabled.dateEnabled()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
			});

		client.disableAWSServiceAccess((request) -> request.servicePrincipal(DS));
		assertThat(client.listAWSServiceAccessForOrganization().enabledServicePrincipals()).isEmpty();

		assertThat(this.jdbc.sql("SELECT event_name, event_source FROM audit_event WHERE account_id = :id AND outcome = 'Success' ORDER BY id")
			.param("id", management.id())
			.query((rs, row) -> rs.getString(1) + "/" + rs.getString(2))
			.list()).contains("organizations:EnableAWSServiceAccess/api", "organizations:DisableAWSServiceAccess/api");
	}

	@Test
	void listAwsServiceAccessChecksMaxResultsAndPages() {
		ApiAccount management = newApiAccount("Service access pages");
		organization(management);
		OrganizationsClient client = organizations(management);
		client.enableAWSServiceAccess((request) -> request.servicePrincipal(DS));

		assertThatThrownBy(() -> client.listAWSServiceAccessForOrganization((request) -> request.maxResults(21)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidInputException");
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '21' at "
						+ "'maxResults' failed to satisfy constraint: Member must have value less than or equal to 20");
			});
		assertThatThrownBy(() -> client.listAWSServiceAccessForOrganization((request) -> request.maxResults(0)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> client.listAWSServiceAccessForOrganization((request) -> request.nextToken("nonsense")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.reasonAsString()).isEqualTo("INVALID_NEXT_TOKEN"));
		assertThat(client.listAWSServiceAccessForOrganization((request) -> request.maxResults(1))
			.enabledServicePrincipals()).extracting(EnabledServicePrincipal::servicePrincipal).containsExactly(DS);
	}

	@Test
	void trustedAccessErrorsAreTheOnesAwsGives() {
		ApiAccount management = newApiAccount("Errors management");
		ApiAccount member = newApiAccount("Errors member");
		ApiAccount standalone = newApiAccount("Errors standalone");
		organization(management, member);

		assertThatThrownBy(() -> organizations(management).enableAWSServiceAccess((r) -> r.servicePrincipal("nope.amazonaws.com")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("You specified an unrecognized service principal."));
		assertThatThrownBy(() -> organizations(management).enableAWSServiceAccess((r) -> r.servicePrincipal("bad principal!")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorMessage()).startsWith("1 validation error detected: Value 'bad principal!' at 'servicePrincipal'");
				assertThat(ex.reasonAsString()).isEqualTo("INVALID_PATTERN");
			});
		assertThatThrownBy(() -> organizations(management).enableAWSServiceAccess((r) -> r.servicePrincipal(null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Value null at 'servicePrincipal' failed to satisfy constraint: Member must not be null");
		assertThatThrownBy(() -> organizations(member).enableAWSServiceAccess((r) -> r.servicePrincipal(DS)))
			.isInstanceOfSatisfying(AccessDeniedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
		assertThatThrownBy(() -> organizations(standalone).disableAWSServiceAccess((r) -> r.servicePrincipal(DS)))
			.isInstanceOf(AwsOrganizationsNotInUseException.class);
		assertThatThrownBy(() -> organizations(member).listAWSServiceAccessForOrganization())
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void consolidatedBillingOrganizationsCannotEnableTrustedAccess() {
		ApiAccount management = newApiAccount("Billing only");
		String organizationId = organization(management);
		this.jdbc.sql("UPDATE organization SET feature_set = 'CONSOLIDATED_BILLING' WHERE id = :id")
			.param("id", organizationId)
			.update();

		assertThatThrownBy(() -> organizations(management).enableAWSServiceAccess((r) -> r.servicePrincipal(DS)))
			.isInstanceOfSatisfying(ConstraintViolationException.class,
					(ex) -> assertThat(ex.reasonAsString()).isEqualTo("ORGANIZATION_NOT_IN_ALL_FEATURES_MODE"));
	}

	@Test
	void aUserWithoutTheActionIsDeniedAndTheRefusalIsAudited() {
		ApiAccount management = newApiAccount("Denied");
		organization(management);
		ApiAccount reader = userWithKey(management, "reader", PermissionSet.ReadOnlyAccess);

		assertThatThrownBy(() -> organizations(reader).enableAWSServiceAccess((r) -> r.servicePrincipal(DS)))
			.isInstanceOfSatisfying(AccessDeniedException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("User: arn:aws:iam::" + management.id()
						+ ":user/reader is not authorized to perform: organizations:EnableAWSServiceAccess"
						+ " because no identity-based policy allows the organizations:EnableAWSServiceAccess action"));
		assertThat(organizations(reader).describeOrganization().organization().masterAccountId())
			.isEqualTo(management.id());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE account_id = :id AND outcome = 'Failure' "
				+ "AND event_name = 'organizations:EnableAWSServiceAccess' AND error_code = 'AccessDeniedException' AND event_source = 'api'")
			.param("id", management.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}


	@Test
	void createOrganizationMakesTheCallerTheManagementAccountOnce() {
		ApiAccount account = newApiAccount("Create org");
		OrganizationsClient client = organizations(account);

		Organization created = client.createOrganization((r) -> r.featureSet(OrganizationFeatureSet.ALL)).organization();

		assertThat(created.id()).matches("^o-[a-z0-9]{10,32}$");
		assertThat(created.masterAccountId()).isEqualTo(account.id());
		assertThat(created.featureSet()).isEqualTo(OrganizationFeatureSet.ALL);
		assertThat(client.describeOrganization().organization().id()).isEqualTo(created.id());
		assertThatThrownBy(() -> client.createOrganization((r) -> r.featureSet(OrganizationFeatureSet.ALL)))
			.isInstanceOfSatisfying(AlreadyInOrganizationException.class, (ex) -> assertThat(
					ex.awsErrorDetails().errorCode()).isEqualTo("AlreadyInOrganizationException"));
		assertThatThrownBy(() -> organizations(newApiAccount("Bad feature set")).createOrganization((r) -> r.featureSet("SOME")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("1 validation error detected: Value 'SOME' at 'featureSet' failed to satisfy constraint: "
						+ "Member must satisfy enum value set: [ALL, CONSOLIDATED_BILLING]"));
	}

	@Test
	void listAccountsPagesWithMaxResultsAndDescribeAccountFindsMembers() {
		ApiAccount management = newApiAccount("List accounts");
		ApiAccount one = newApiAccount("Member one");
		ApiAccount two = newApiAccount("Member two");
		organization(management, one, two);
		OrganizationsClient client = organizations(management);

		ListAccountsResponse first = client.listAccounts((r) -> r.maxResults(2));
		assertThat(first.accounts()).hasSize(2);
		assertThat(first.nextToken()).isNotNull();
		ListAccountsResponse second = client.listAccounts((r) -> r.maxResults(2).nextToken(first.nextToken()));
		assertThat(second.accounts()).hasSize(1);
		assertThat(second.nextToken()).isNull();
		assertThat(client.listAccountsPaginator((r) -> r.maxResults(1)).stream().flatMap((page) -> page.accounts().stream()).map(
				software.amazon.awssdk.services.organizations.model.Account::id))
			.containsExactlyInAnyOrder(management.id(), one.id(), two.id());

		software.amazon.awssdk.services.organizations.model.Account described = client
			.describeAccount((r) -> r.accountId(one.id()))
			.account();
		assertThat(described.name()).isEqualTo("Member one");
		assertThat(described.joinedMethod()).isEqualTo(AccountJoinedMethod.INVITED);
		assertThat(described.statusAsString()).isEqualTo("ACTIVE");
		assertThat(described.joinedTimestamp()).isNotNull();
		assertThat(described.arn()).endsWith("/" + one.id());

		ApiAccount outsider = newApiAccount("Outsider");
		assertThatThrownBy(() -> client.describeAccount((r) -> r.accountId(outsider.id())))
			.isInstanceOf(AccountNotFoundException.class);
		assertThatThrownBy(() -> client.describeAccount((r) -> r.accountId("12345")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("1 validation error detected: Value '12345' at 'accountId' failed to satisfy constraint: "
						+ "Member must satisfy regular expression pattern: ^\\d{12}$"));
		assertThatThrownBy(() -> organizations(one).listAccounts()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> client.listAccounts((r) -> r.maxResults(21))).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void invitationHandshakesAreAcceptedDeclinedAndCanceled() {
		ApiAccount management = newApiAccount("Inviter");
		ApiAccount joiner = newApiAccount("Joiner");
		ApiAccount decliner = newApiAccount("Decliner");
		ApiAccount forgotten = newApiAccount("Forgotten");
		String organizationId = organization(management);
		OrganizationsClient client = organizations(management);

		software.amazon.awssdk.services.organizations.model.Handshake invitation = client
			.inviteAccountToOrganization((r) -> r.target((t) -> t.type(HandshakePartyType.ACCOUNT).id(joiner.id()))
				.notes("Welcome"))
			.handshake();
		assertThat(invitation.id()).matches("^h-[0-9a-z]{8,32}$");
		assertThat(invitation.state()).isEqualTo(HandshakeState.OPEN);
		assertThat(invitation.action()).isEqualTo(ActionType.INVITE);
		assertThat(invitation.expirationTimestamp()).isAfter(invitation.requestedTimestamp());
		assertThat(invitation.parties()).extracting((p) -> p.id()).contains(organizationId, joiner.id());
		assertThat(invitation.resources()).anySatisfy((resource) -> {
			assertThat(resource.typeAsString()).isEqualTo("NOTES");
			assertThat(resource.value()).isEqualTo("Welcome");
		});

		OrganizationsClient joinerClient = organizations(joiner);
		assertThat(joinerClient.listHandshakesForAccount().handshakes()).extracting((h) -> h.id())
			.containsExactly(invitation.id());
		assertThat(joinerClient.acceptHandshake((r) -> r.handshakeId(invitation.id())).handshake().state())
			.isEqualTo(HandshakeState.ACCEPTED);
		assertThat(joinerClient.describeOrganization().organization().id()).isEqualTo(organizationId);
		assertThatThrownBy(() -> joinerClient.acceptHandshake((r) -> r.handshakeId(invitation.id())))
			.isInstanceOf(HandshakeAlreadyInStateException.class);

		String toDecline = client.inviteAccountToOrganization((r) -> r.target((t) -> t.type("EMAIL")
			.id(decliner.account().email()))).handshake().id();
		assertThat(organizations(decliner).declineHandshake((r) -> r.handshakeId(toDecline)).handshake().state())
			.isEqualTo(HandshakeState.DECLINED);

		String toCancel = client.inviteAccountToOrganization((r) -> r.target((t) -> t.type("ACCOUNT").id(forgotten.id())))
			.handshake()
			.id();
		assertThatThrownBy(() -> client.inviteAccountToOrganization((r) -> r.target((t) -> t.type("ACCOUNT").id(forgotten.id()))))
			.isInstanceOf(DuplicateHandshakeException.class);
		assertThat(client.cancelHandshake((r) -> r.handshakeId(toCancel)).handshake().state())
			.isEqualTo(HandshakeState.CANCELED);
		assertThatThrownBy(() -> organizations(forgotten).acceptHandshake((r) -> r.handshakeId(toCancel)))
			.isInstanceOf(InvalidHandshakeTransitionException.class);

		assertThat(client.listHandshakesForOrganization().handshakes()).extracting((h) -> h.id())
			.contains(invitation.id(), toDecline, toCancel);
		assertThat(client.listHandshakesForOrganizationPaginator((r) -> r.maxResults(1))
			.stream()
			.mapToLong((page) -> page.handshakes().size())
			.sum())
			.isEqualTo(3);
		assertThat(client.listHandshakesForOrganization((r) -> r.filter((f) -> f.actionType(ActionType.ENABLE_ALL_FEATURES)))
			.handshakes()).isEmpty();
	}

	@Test
	void handshakeErrorsAreTheOnesAwsGives() {
		ApiAccount management = newApiAccount("Handshake errors");
		ApiAccount member = newApiAccount("Handshake member");
		ApiAccount stranger = newApiAccount("Handshake stranger");
		organization(management, member);
		OrganizationsClient client = organizations(management);

		assertThatThrownBy(() -> client.acceptHandshake((r) -> r.handshakeId("h-doesnotexist")))
			.isInstanceOf(HandshakeNotFoundException.class);
		assertThatThrownBy(() -> client.acceptHandshake((r) -> r.handshakeId("H-BAD")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.reasonAsString()).isEqualTo("INVALID_PATTERN"));
		assertThatThrownBy(() -> client.inviteAccountToOrganization((r) -> r.target((t) -> t.type("ACCOUNT").id(member.id()))))
			.isInstanceOfSatisfying(HandshakeConstraintViolationException.class,
					(ex) -> assertThat(ex.reasonAsString()).isEqualTo("ALREADY_IN_AN_ORGANIZATION"));
		assertThatThrownBy(() -> client.inviteAccountToOrganization((r) -> r.target((t) -> t.type("ACCOUNT").id(stranger.id()))
			.notes("x".repeat(1025)))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> organizations(member).inviteAccountToOrganization((r) -> r.target((t) -> t.type("ACCOUNT").id(stranger.id()))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> organizations(stranger).listHandshakesForOrganization())
			.isInstanceOf(AwsOrganizationsNotInUseException.class);
	}

}
