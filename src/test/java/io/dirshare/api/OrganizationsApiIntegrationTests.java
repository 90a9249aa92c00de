package io.dirshare.api;

import java.time.Instant;

import io.dirshare.identity.PermissionSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
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
						+ ":user/reader is not authorized to perform: organizations:EnableAWSServiceAccess"));
		assertThat(organizations(reader).describeOrganization().organization().masterAccountId())
			.isEqualTo(management.id());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE account_id = :id AND outcome = 'Failure' "
				+ "AND event_name = 'organizations:EnableAWSServiceAccess' AND error_code = 'AccessDeniedException' AND event_source = 'api'")
			.param("id", management.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
