package io.dirshare.api;

import java.util.List;
import java.util.Map;

import io.dirshare.api.OrganizationsShapes.AccountIdInput;
import io.dirshare.api.OrganizationsShapes.AccountOutput;
import io.dirshare.api.OrganizationsShapes.AccountShape;
import io.dirshare.api.OrganizationsShapes.ChildIdInput;
import io.dirshare.api.OrganizationsShapes.ChildShape;
import io.dirshare.api.OrganizationsShapes.CreateAccountInput;
import io.dirshare.api.OrganizationsShapes.CreateAccountRequestIdInput;
import io.dirshare.api.OrganizationsShapes.CreateAccountStatusOutput;
import io.dirshare.api.OrganizationsShapes.CreateOrganizationInput;
import io.dirshare.api.OrganizationsShapes.Empty;
import io.dirshare.api.OrganizationsShapes.EnabledServicePrincipal;
import io.dirshare.api.OrganizationsShapes.HandshakeFilter;
import io.dirshare.api.OrganizationsShapes.HandshakeIdInput;
import io.dirshare.api.OrganizationsShapes.HandshakeOutput;
import io.dirshare.api.OrganizationsShapes.HandshakeShape;
import io.dirshare.api.OrganizationsShapes.InviteInput;
import io.dirshare.api.OrganizationsShapes.ListAccountsOutput;
import io.dirshare.api.OrganizationsShapes.ListChildrenInput;
import io.dirshare.api.OrganizationsShapes.ListChildrenOutput;
import io.dirshare.api.OrganizationsShapes.ListHandshakesInput;
import io.dirshare.api.OrganizationsShapes.ListHandshakesOutput;
import io.dirshare.api.OrganizationsShapes.ListParentsOutput;
import io.dirshare.api.OrganizationsShapes.ListRootsOutput;
import io.dirshare.api.OrganizationsShapes.ListServiceAccessOutput;
import io.dirshare.api.OrganizationsShapes.ListTagsOutput;
import io.dirshare.api.OrganizationsShapes.OrganizationOutput;
import io.dirshare.api.OrganizationsShapes.OrganizationShape;
import io.dirshare.api.OrganizationsShapes.PageInput;
import io.dirshare.api.OrganizationsShapes.PolicyTypeInput;
import io.dirshare.api.OrganizationsShapes.ResourceIdInput;
import io.dirshare.api.OrganizationsShapes.RootOutput;
import io.dirshare.api.OrganizationsShapes.RootShape;
import io.dirshare.api.OrganizationsShapes.ServicePrincipalInput;
import io.dirshare.api.OrganizationsShapes.Tag;
import io.dirshare.api.OrganizationsShapes.TagResourceInput;
import io.dirshare.api.OrganizationsShapes.UntagResourceInput;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Slice;
import io.dirshare.organizations.AccountSort;
import io.dirshare.organizations.FeatureSet;
import io.dirshare.organizations.FeatureSetService;
import io.dirshare.organizations.HandshakeService;
import io.dirshare.organizations.HandshakeSummary;
import io.dirshare.organizations.MemberAccount;
import io.dirshare.organizations.MemberAccountService;
import io.dirshare.organizations.Organization;
import io.dirshare.organizations.OrganizationChild;
import io.dirshare.organizations.OrganizationDescription;
import io.dirshare.organizations.OrganizationRootService;
import io.dirshare.organizations.OrganizationService;
import io.dirshare.organizations.OrganizationTagService;
import io.dirshare.organizations.TrustedAccessService;

import org.springframework.stereotype.Component;
import static io.dirshare.api.OrganizationsShapes.tagMap;
import static io.dirshare.api.OrganizationsShapes.root;
import static io.dirshare.api.OrganizationsShapes.policyTypes;
import static io.dirshare.api.OrganizationsShapes.handshake;
import static io.dirshare.api.OrganizationsShapes.createAccountStatus;
import static io.dirshare.api.OrganizationsShapes.accountArn;
import static io.dirshare.api.OrganizationsShapes.account;

/**
 * AWS Organizations ({@code AWSOrganizationsV20161128}) on the wire: each operation reads its input
 * shape (already checked against the service model), calls the organizations services the portal uses and
 * writes the output shape.
 */
@Component
class OrganizationsOperations implements ApiOperations {

	static final int MAX_RESULTS = 20;

	private final OrganizationService organizations;

	private final MemberAccountService accounts;

	private final HandshakeService handshakes;

	private final TrustedAccessService trustedAccess;

	private final FeatureSetService featureSet;

	private final OrganizationRootService roots;

	private final OrganizationTagService tags;

	OrganizationsOperations(OrganizationService organizations, MemberAccountService accounts,
			HandshakeService handshakes, TrustedAccessService trustedAccess, FeatureSetService featureSet,
			OrganizationRootService roots, OrganizationTagService tags) {
		this.featureSet = featureSet;
		this.roots = roots;
		this.tags = tags;
		this.organizations = organizations;
		this.accounts = accounts;
		this.handshakes = handshakes;
		this.trustedAccess = trustedAccess;
	}

	@Override
	public List<ApiOperation<?>> operations() {
		ApiService service = ApiService.ORGANIZATIONS;
		return List.of(
				ApiOperation.of(service, "CreateOrganization", Action.ORGANIZATIONS_CREATE_ORGANIZATION,
						CreateOrganizationInput.class, this::createOrganization),
				ApiOperation.of(service, "DescribeOrganization", Action.ORGANIZATIONS_DESCRIBE_ORGANIZATION,
						Empty.class, (caller, input) -> organization(this.organizations.describeOrganization(caller))),
				ApiOperation.of(service, "ListAccounts", Action.ORGANIZATIONS_LIST_ACCOUNTS, PageInput.class,
						this::listAccounts),
				ApiOperation.of(service, "DescribeAccount", Action.ORGANIZATIONS_DESCRIBE_ACCOUNT, AccountIdInput.class,
						this::describeAccount),
				ApiOperation.of(service, "InviteAccountToOrganization", Action.ORGANIZATIONS_INVITE_ACCOUNT,
						InviteInput.class, this::invite),
				ApiOperation.of(service, "ListHandshakesForAccount", Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ACCOUNT,
						ListHandshakesInput.class, (caller, input) -> listHandshakes("ListHandshakesForAccount", input,
								() -> this.handshakes.listHandshakesForAccount(caller))),
				ApiOperation.of(service, "ListHandshakesForOrganization",
						Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ORGANIZATION, ListHandshakesInput.class,
						(caller, input) -> listHandshakes("ListHandshakesForOrganization", input,
								() -> this.handshakes.listHandshakesForOrganization(caller))),
				ApiOperation.of(service, "AcceptHandshake", Action.ORGANIZATIONS_ACCEPT_HANDSHAKE,
						HandshakeIdInput.class, (caller, input) -> handshake(
								this.handshakes.acceptHandshake(caller, input.handshakeId()))),
				ApiOperation.of(service, "DeclineHandshake", Action.ORGANIZATIONS_DECLINE_HANDSHAKE,
						HandshakeIdInput.class, (caller, input) -> handshake(
								this.handshakes.declineHandshake(caller, input.handshakeId()))),
				ApiOperation.of(service, "CancelHandshake", Action.ORGANIZATIONS_CANCEL_HANDSHAKE,
						HandshakeIdInput.class, (caller, input) -> handshake(
								this.handshakes.cancelHandshake(caller, input.handshakeId()))),
				ApiOperation.of(service, "EnableAWSServiceAccess", Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS,
						ServicePrincipalInput.class, this::enableServiceAccess),
				ApiOperation.of(service, "DisableAWSServiceAccess", Action.ORGANIZATIONS_DISABLE_SERVICE_ACCESS,
						ServicePrincipalInput.class, this::disableServiceAccess),
				ApiOperation.of(service, "ListAWSServiceAccessForOrganization", Action.ORGANIZATIONS_LIST_SERVICE_ACCESS,
						PageInput.class, this::listServiceAccess),
				ApiOperation.of(service, "DeleteOrganization", Action.ORGANIZATIONS_DELETE_ORGANIZATION, Empty.class,
						(caller, input) -> {
							this.organizations.deleteOrganization(caller);
							return new Empty();
						}),
				ApiOperation.of(service, "EnableAllFeatures", Action.ORGANIZATIONS_ENABLE_ALL_FEATURES, Empty.class,
						(caller, input) -> handshake(this.featureSet.enableAllFeatures(caller))),
				ApiOperation.of(service, "DescribeHandshake", Action.ORGANIZATIONS_DESCRIBE_HANDSHAKE,
						HandshakeIdInput.class,
						(caller, input) -> handshake(this.handshakes.describeHandshake(caller, input.handshakeId()))),
				ApiOperation.of(service, "CreateAccount", Action.ORGANIZATIONS_CREATE_ACCOUNT, CreateAccountInput.class,
						(caller, input) -> new CreateAccountStatusOutput(createAccountStatus(this.accounts
							.requestAccountCreation(caller, input.accountName(), input.email(), tagMap(input.tags()))))),
				ApiOperation.of(service, "DescribeCreateAccountStatus", Action.ORGANIZATIONS_DESCRIBE_CREATE_ACCOUNT_STATUS,
						CreateAccountRequestIdInput.class,
						(caller, input) -> new CreateAccountStatusOutput(createAccountStatus(
								this.accounts.describeCreateAccountStatus(caller, input.createAccountRequestId())))),
				ApiOperation.of(service, "RemoveAccountFromOrganization", Action.ORGANIZATIONS_REMOVE_ACCOUNT,
						AccountIdInput.class, (caller, input) -> {
							this.accounts.removeAccount(caller, input.accountId());
							return new Empty();
						}),
				ApiOperation.of(service, "LeaveOrganization", Action.ORGANIZATIONS_LEAVE_ORGANIZATION, Empty.class,
						(caller, input) -> {
							this.accounts.leaveOrganization(caller);
							return new Empty();
						}),
				ApiOperation.of(service, "ListRoots", Action.ORGANIZATIONS_LIST_ROOTS, PageInput.class,
						(caller, input) -> {
							List<RootShape> all = this.roots.listRoots(caller).stream().map(OrganizationsShapes::root).toList();
							PageToken.Slice<RootShape> page = PageToken.slice("ListRoots", all,
									offset("ListRoots", input.nextToken()), maxResults(input.maxResults()));
							return new ListRootsOutput(page.items(), page.nextToken());
						}),
				ApiOperation.of(service, "ListParents", Action.ORGANIZATIONS_LIST_PARENTS, ChildIdInput.class,
						(caller, input) -> {
							List<ChildShape> all = this.roots.listParents(caller, input.childId())
								.stream()
								.map((parent) -> new ChildShape(parent.id(), parent.type()))
								.toList();
							PageToken.Slice<ChildShape> page = PageToken.slice("ListParents", all,
									offset("ListParents", input.nextToken()), maxResults(input.maxResults()));
							return new ListParentsOutput(page.items(), page.nextToken());
						}),
				ApiOperation.of(service, "ListChildren", Action.ORGANIZATIONS_LIST_CHILDREN, ListChildrenInput.class,
						this::listChildren),
				ApiOperation.of(service, "EnablePolicyType", Action.ORGANIZATIONS_ENABLE_POLICY_TYPE,
						PolicyTypeInput.class, (caller, input) -> new RootOutput(
								root(this.roots.enablePolicyType(caller, input.rootId(), input.policyType())))),
				ApiOperation.of(service, "DisablePolicyType", Action.ORGANIZATIONS_DISABLE_POLICY_TYPE,
						PolicyTypeInput.class, (caller, input) -> new RootOutput(
								root(this.roots.disablePolicyType(caller, input.rootId(), input.policyType())))),
				ApiOperation.of(service, "ListTagsForResource", Action.ORGANIZATIONS_LIST_TAGS_FOR_RESOURCE,
						ResourceIdInput.class, (caller, input) -> {
							List<Tag> all = this.tags.listTags(caller, input.resourceId())
								.entrySet()
								.stream()
								.map((tag) -> new Tag(tag.getKey(), tag.getValue()))
								.toList();
							PageToken.Slice<Tag> page = PageToken.slice("ListTagsForResource", all,
									offset("ListTagsForResource", input.nextToken()), MAX_RESULTS);
							return new ListTagsOutput(page.items(), page.nextToken());
						}),
				ApiOperation.of(service, "TagResource", Action.ORGANIZATIONS_TAG_RESOURCE, TagResourceInput.class,
						(caller, input) -> {
							this.tags.tagResource(caller, input.resourceId(), tagMap(input.tags()));
							return new Empty();
						}),
				ApiOperation.of(service, "UntagResource", Action.ORGANIZATIONS_UNTAG_RESOURCE, UntagResourceInput.class,
						(caller, input) -> {
							this.tags.untagResource(caller, input.resourceId(), input.tagKeys());
							return new Empty();
						}));
	}

	private ListChildrenOutput listChildren(Caller caller, ListChildrenInput input) {
		String operation = "ListChildren";
		Slice<OrganizationChild> slice = this.roots.listChildren(caller, input.parentId(), input.childType(),
				offset(operation, input.nextToken()), maxResults(input.maxResults()));
		return new ListChildrenOutput(
				slice.items().stream().map((child) -> new ChildShape(child.id(), child.type())).toList(),
				slice.hasMore() ? PageToken.encode(operation, slice.nextOffset()) : null);
	}

	private OrganizationOutput createOrganization(Caller caller, CreateOrganizationInput input) {
		FeatureSet featureSet = (input.featureSet() != null) ? FeatureSet.valueOf(input.featureSet()) : null;
		return organization(this.organizations.createOrganization(caller, featureSet));
	}

	private ListAccountsOutput listAccounts(Caller caller, PageInput input) {
		int limit = maxResults(input.maxResults());
		int offset = offset("ListAccounts", input.nextToken());
		// The service pages by page number; reading from the top keeps any MaxResults a client mixes right.
		io.dirshare.core.Page<MemberAccount> upToPage = this.accounts.listAccounts(caller, AccountSort.ID_ASC, 1,
				offset + limit);
		boolean more = upToPage.hasNext();
		List<AccountShape> page = upToPage.items()
			.subList(Math.min(offset, upToPage.items().size()), upToPage.items().size())
			.stream()
			.map(OrganizationsShapes::account)
			.toList();
		return new ListAccountsOutput(page, more ? PageToken.encode("ListAccounts", offset + limit) : null);
	}

	private AccountOutput describeAccount(Caller caller, AccountIdInput input) {
		return new AccountOutput(account(this.accounts.describeAccount(caller, input.accountId())));
	}

	private HandshakeOutput invite(Caller caller, InviteInput input) {
		if ("ORGANIZATION".equals(input.target().type())) {
			throw OrganizationsError.INVALID_INPUT.exception("You can invite an account by its ID (ACCOUNT) or its email address (EMAIL) only.",
					Map.of("Reason", "INVALID_PARTY_TYPE_TARGET"));
		}
		return handshake(this.handshakes.inviteAccount(caller, input.target().id(), input.notes()));
	}

	private ListHandshakesOutput listHandshakes(String operation, ListHandshakesInput input,
			java.util.function.Supplier<List<HandshakeSummary>> list) {
		int limit = maxResults(input.maxResults());
		HandshakeFilter filter = input.filter();
		int offset = offset(operation, input.nextToken());
		List<HandshakeShape> all = list.get()
			.stream()
			.filter((summary) -> filter == null || filter.actionType() == null
					|| summary.handshake().action().name().equals(filter.actionType()))
			.filter((summary) -> filter == null || filter.parentHandshakeId() == null
					|| filter.parentHandshakeId().equals(summary.handshake().parentId()))
			.map(OrganizationsShapes::handshakeShape)
			.toList();
		PageToken.Slice<HandshakeShape> page = PageToken.slice(operation, all, offset, limit);
		return new ListHandshakesOutput(page.items(), page.nextToken());
	}

	private Empty enableServiceAccess(Caller caller, ServicePrincipalInput input) {
		this.trustedAccess.enableTrustedAccess(caller, input.servicePrincipal());
		return new Empty();
	}

	private Empty disableServiceAccess(Caller caller, ServicePrincipalInput input) {
		// The portal asks the admin to type the word; an API call is its own confirmation.
		this.trustedAccess.disableTrustedAccess(caller, input.servicePrincipal(),
				TrustedAccessService.DISABLE_CONFIRMATION_WORD);
		return new Empty();
	}

	private ListServiceAccessOutput listServiceAccess(Caller caller, PageInput input) {
		int limit = maxResults(input.maxResults());
		int offset = offset("ListAWSServiceAccessForOrganization", input.nextToken());
		List<EnabledServicePrincipal> all = this.trustedAccess.listServiceAccess(caller)
			.stream()
			.map((enabled) -> new EnabledServicePrincipal(enabled.servicePrincipal(),
					ApiJson.epochSeconds(enabled.enabledAt())))
			.toList();
		PageToken.Slice<EnabledServicePrincipal> page = PageToken.slice("ListAWSServiceAccessForOrganization", all,
				offset, limit);
		return new ListServiceAccessOutput(page.items(), page.nextToken());
	}

	// ------------------------------------------------------------------ shapes

	private OrganizationOutput organization(OrganizationDescription description) {
		Organization organization = description.organization();
		return new OrganizationOutput(new OrganizationShape(organization.id(), organization.arn(),
				organization.featureSet().name(), accountArn(organization, organization.managementAccountId()),
				organization.managementAccountId(), description.managementAccount().email(),
				policyTypes(this.roots.root(organization))));
	}

	// ------------------------------------------------------------------ input checks

	private static int maxResults(Integer maxResults) {
		return (maxResults != null) ? maxResults : MAX_RESULTS;
	}

	private static int offset(String operation, String nextToken) {
		return PageToken.decode(operation, nextToken)
			.orElseThrow(() -> OrganizationsError.INVALID_INPUT.exception("The provided NextToken value is not valid.", Map.of("Reason", "INVALID_NEXT_TOKEN")));
	}

}
