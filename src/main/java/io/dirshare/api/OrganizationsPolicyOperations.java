package io.dirshare.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.dirshare.api.OrganizationsShapes.CreatePolicyInput;
import io.dirshare.api.OrganizationsShapes.Empty;
import io.dirshare.api.OrganizationsShapes.ListPoliciesForTargetInput;
import io.dirshare.api.OrganizationsShapes.ListPoliciesInput;
import io.dirshare.api.OrganizationsShapes.ListPoliciesOutput;
import io.dirshare.api.OrganizationsShapes.ListTargetsForPolicyInput;
import io.dirshare.api.OrganizationsShapes.ListTargetsForPolicyOutput;
import io.dirshare.api.OrganizationsShapes.PolicyAttachmentInput;
import io.dirshare.api.OrganizationsShapes.PolicyIdInput;
import io.dirshare.api.OrganizationsShapes.PolicySummary;
import io.dirshare.api.OrganizationsShapes.PolicyTargetSummary;
import io.dirshare.api.OrganizationsShapes.UpdatePolicyInput;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.OrganizationsError;
import io.dirshare.organizations.ServiceControlPolicy;
import io.dirshare.organizations.ServiceControlPolicyService;

import org.springframework.stereotype.Component;

import static io.dirshare.api.OrganizationsShapes.policy;
import static io.dirshare.api.OrganizationsShapes.tagMap;

/**
 * The policy operations of AWS Organizations on the wire, for service control policies: each reads its
 * input shape (already checked against the service model) and calls {@link ServiceControlPolicyService},
 * as the portal's Policies page does. Other policy types are listed as having no policies, and creating
 * one is refused: dirshare only evaluates SCPs.
 */
@Component
class OrganizationsPolicyOperations implements ApiOperations {

	private final ServiceControlPolicyService policies;

	OrganizationsPolicyOperations(ServiceControlPolicyService policies) {
		this.policies = policies;
	}

	@Override
	public List<ApiOperation<?>> operations() {
		ApiService service = ApiService.ORGANIZATIONS;
		return List.of(
				ApiOperation.of(service, "CreatePolicy", Action.ORGANIZATIONS_CREATE_POLICY, CreatePolicyInput.class,
						(caller, input) -> {
							requireServiceControlPolicy(input.type());
							return policy(this.policies.createPolicy(caller, input.name(), input.description(),
									input.content(), tagMap(input.tags())));
						}),
				ApiOperation.of(service, "UpdatePolicy", Action.ORGANIZATIONS_UPDATE_POLICY, UpdatePolicyInput.class,
						(caller, input) -> policy(this.policies.updatePolicy(caller, input.policyId(), input.name(),
								input.description(), input.content()))),
				ApiOperation.of(service, "DeletePolicy", Action.ORGANIZATIONS_DELETE_POLICY, PolicyIdInput.class,
						(caller, input) -> {
							this.policies.deletePolicy(caller, input.policyId());
							return new Empty();
						}),
				ApiOperation.of(service, "DescribePolicy", Action.ORGANIZATIONS_DESCRIBE_POLICY, PolicyIdInput.class,
						(caller, input) -> policy(this.policies.describePolicy(caller, input.policyId()))),
				ApiOperation.of(service, "ListPolicies", Action.ORGANIZATIONS_LIST_POLICIES, ListPoliciesInput.class,
						(caller, input) -> listPolicies(caller, "ListPolicies", input.filter(), input.nextToken(),
								input.maxResults(), this.policies::listPolicies)),
				ApiOperation.of(service, "AttachPolicy", Action.ORGANIZATIONS_ATTACH_POLICY,
						PolicyAttachmentInput.class, (caller, input) -> {
							this.policies.attachPolicy(caller, input.policyId(), input.targetId());
							return new Empty();
						}),
				ApiOperation.of(service, "DetachPolicy", Action.ORGANIZATIONS_DETACH_POLICY,
						PolicyAttachmentInput.class, (caller, input) -> {
							this.policies.detachPolicy(caller, input.policyId(), input.targetId());
							return new Empty();
						}),
				ApiOperation.of(service, "ListPoliciesForTarget", Action.ORGANIZATIONS_LIST_POLICIES_FOR_TARGET,
						ListPoliciesForTargetInput.class,
						(caller, input) -> listPolicies(caller, "ListPoliciesForTarget", input.filter(),
								input.nextToken(), input.maxResults(),
								(who) -> this.policies.listPoliciesForTarget(who, input.targetId()))),
				ApiOperation.of(service, "ListTargetsForPolicy", Action.ORGANIZATIONS_LIST_TARGETS_FOR_POLICY,
						ListTargetsForPolicyInput.class, (caller, input) -> {
							List<PolicyTargetSummary> all = this.policies.listTargetsForPolicy(caller, input.policyId())
								.stream()
								.map(OrganizationsShapes::policyTarget)
								.toList();
							PageToken.Slice<PolicyTargetSummary> page = PageToken.slice("ListTargetsForPolicy", all,
									offset("ListTargetsForPolicy", input.nextToken()), maxResults(input.maxResults()));
							return new ListTargetsForPolicyOutput(page.items(), page.nextToken());
						}));
	}

	/** A list of policies of the filter's type: the service's SCPs, or none of any other type. */
	private static ListPoliciesOutput listPolicies(Caller caller, String operation, String filter, String nextToken,
			Integer maxResults, Function<Caller, List<ServiceControlPolicy>> list) {
		int offset = offset(operation, nextToken);
		// The service checks the caller and the target even when the filter names another type.
		List<ServiceControlPolicy> found = list.apply(caller);
		List<PolicySummary> all = ServiceControlPolicy.TYPE.equals(filter)
				? found.stream().map(OrganizationsShapes::policySummary).toList() : List.of();
		PageToken.Slice<PolicySummary> page = PageToken.slice(operation, all, offset, maxResults(maxResults));
		return new ListPoliciesOutput(page.items(), page.nextToken());
	}

	private static void requireServiceControlPolicy(String type) {
		if (!ServiceControlPolicy.TYPE.equals(type)) {
			throw OrganizationsError.POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION.exception(
					"dirshare supports service control policies (SERVICE_CONTROL_POLICY) only.");
		}
	}

	private static int maxResults(Integer maxResults) {
		return (maxResults != null) ? maxResults : OrganizationsOperations.MAX_RESULTS;
	}

	private static int offset(String operation, String nextToken) {
		return PageToken.decode(operation, nextToken)
			.orElseThrow(() -> OrganizationsError.INVALID_INPUT.exception("The provided NextToken value is not valid.",
					Map.of("Reason", "INVALID_NEXT_TOKEN")));
	}

}
