package io.dirshare.api;

import java.math.BigDecimal;
import java.util.List;

import io.dirshare.core.AwsException;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;
import io.dirshare.identity.Action;
import io.dirshare.identity.Caller;
import io.dirshare.organizations.Organization;
import io.dirshare.organizations.OrganizationQueries;
import io.dirshare.organizations.OrganizationService;
import io.dirshare.organizations.TrustedAccess;

import org.springframework.stereotype.Component;

/**
 * AWS Organizations ({@code AWSOrganizationsV20161128}) on the wire: each operation reads its input
 * shape, checks the model's constraints, calls the service the portal uses and writes the output shape.
 */
@Component
class OrganizationsOperations implements ApiOperations {

	static final String SERVICE_PRINCIPAL_PATTERN = "^[\\w+=,.@-]*$";

	record ServicePrincipalInput(String servicePrincipal) {
	}

	record Empty() {
	}

	record PageInput(String nextToken, Integer maxResults) {
	}

	record OrganizationShape(String id, String arn, String featureSet, String masterAccountArn,
			String masterAccountId, String masterAccountEmail, List<Object> availablePolicyTypes) {
	}

	record DescribeOrganizationOutput(OrganizationShape organization) {
	}

	record EnabledServicePrincipal(String servicePrincipal, BigDecimal dateEnabled) {
	}

	record ListServiceAccessOutput(List<EnabledServicePrincipal> enabledServicePrincipals, String nextToken) {
	}

	private final OrganizationService organizations;

	private final OrganizationQueries queries;

	private final TrustedAccess trustedAccess;

	private final AccountRepository accounts;

	OrganizationsOperations(OrganizationService organizations, OrganizationQueries queries,
			TrustedAccess trustedAccess, AccountRepository accounts) {
		this.organizations = organizations;
		this.queries = queries;
		this.trustedAccess = trustedAccess;
		this.accounts = accounts;
	}

	@Override
	public List<ApiOperation<?>> operations() {
		ApiService service = ApiService.ORGANIZATIONS;
		return List.of(
				ApiOperation.of(service, "DescribeOrganization", Action.ORGANIZATIONS_DESCRIBE_ORGANIZATION,
						Empty.class, (caller, input) -> describeOrganization(caller)),
				ApiOperation.of(service, "EnableAWSServiceAccess", Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS,
						ServicePrincipalInput.class, this::enableServiceAccess),
				ApiOperation.of(service, "DisableAWSServiceAccess", Action.ORGANIZATIONS_DISABLE_SERVICE_ACCESS,
						ServicePrincipalInput.class, this::disableServiceAccess),
				ApiOperation.of(service, "ListAWSServiceAccessForOrganization", Action.ORGANIZATIONS_LIST_SERVICE_ACCESS,
						PageInput.class, this::listServiceAccess));
	}

	private DescribeOrganizationOutput describeOrganization(Caller caller) {
		Organization organization = this.queries.membershipOf(caller.accountId())
			.map(OrganizationQueries.Membership::organization)
			.orElseThrow(OrganizationsOperations::notInUse);
		Account management = this.accounts.findById(organization.managementAccountId()).orElseThrow();
		return new DescribeOrganizationOutput(new OrganizationShape(organization.id(), organization.arn(),
				organization.featureSet().name(), accountArn(organization, management.id()), management.id(),
				management.email(), List.of()));
	}

	private Empty enableServiceAccess(Caller caller, ServicePrincipalInput input) {
		validateServicePrincipal(input);
		this.organizations.enableTrustedAccess(caller, input.servicePrincipal());
		return new Empty();
	}

	private Empty disableServiceAccess(Caller caller, ServicePrincipalInput input) {
		validateServicePrincipal(input);
		// The portal asks the admin to type the word; an API call is its own confirmation.
		this.organizations.disableTrustedAccess(caller, input.servicePrincipal(),
				OrganizationService.DISABLE_CONFIRMATION_WORD);
		return new Empty();
	}

	private ListServiceAccessOutput listServiceAccess(Caller caller, PageInput input) {
		new Validation().range("maxResults", input.maxResults(), 1, 20).checkAsInvalidInput();
		int offset = PageToken.decode("ListAWSServiceAccessForOrganization", input.nextToken())
			.orElseThrow(OrganizationsOperations::invalidNextToken);
		Organization organization = this.organizations.managedOrganization(caller);
		List<EnabledServicePrincipal> all = this.trustedAccess.enabledServices(organization.id())
			.stream()
			.map((enabled) -> new EnabledServicePrincipal(enabled.servicePrincipal(),
					ApiJson.epochSeconds(enabled.enabledAt())))
			.toList();
		PageToken.Slice<EnabledServicePrincipal> page = PageToken.slice("ListAWSServiceAccessForOrganization", all,
				offset, (input.maxResults() != null) ? input.maxResults() : 20);
		return new ListServiceAccessOutput(page.items(), page.nextToken());
	}

	private static void validateServicePrincipal(ServicePrincipalInput input) {
		new Validation().required("servicePrincipal", input.servicePrincipal())
			.length("servicePrincipal", input.servicePrincipal(), 1, 128)
			.pattern("servicePrincipal", input.servicePrincipal(), SERVICE_PRINCIPAL_PATTERN)
			.checkAsInvalidInput();
	}

	static String accountArn(Organization organization, String accountId) {
		return "arn:aws:organizations::" + organization.managementAccountId() + ":account/" + organization.id() + "/"
				+ accountId;
	}

	static AwsException notInUse() {
		return AwsException.invalid("AWSOrganizationsNotInUseException",
				"Your account is not a member of an organization.");
	}

	static AwsException invalidNextToken() {
		return new AwsException(AwsException.Kind.INVALID, "InvalidInputException",
				"The provided NextToken value is not valid.", java.util.Map.of("Reason", "INVALID_NEXT_TOKEN"));
	}

}
