package io.dirshare.api;

import java.math.BigDecimal;
import java.util.List;

import java.util.ArrayList;

import java.util.Map;

import io.dirshare.organizations.CreateAccountStatus;
import io.dirshare.organizations.Handshake;
import io.dirshare.organizations.HandshakeSummary;
import io.dirshare.organizations.MemberAccount;
import io.dirshare.organizations.Organization;
import io.dirshare.organizations.OrganizationRoot;
import io.dirshare.organizations.PolicyTarget;
import io.dirshare.organizations.ServiceControlPolicy;

/**
 * The input and output shapes of the Organizations operations dirshare implements, named and spelled as the
 * service model names them (Jackson writes and reads their members in UpperCamelCase).
 */
final class OrganizationsShapes {

	private OrganizationsShapes() {
	}

	// ------------------------------------------------------------------ input shapes

	record Empty() {
	}

	record CreateOrganizationInput(String featureSet) {
	}

	record ServicePrincipalInput(String servicePrincipal) {
	}

	record PageInput(String nextToken, Integer maxResults) {
	}

	record AccountIdInput(String accountId) {
	}

	record HandshakeParty(String id, String type) {
	}

	record InviteInput(HandshakeParty target, String notes) {
	}

	record HandshakeFilter(String actionType, String parentHandshakeId) {
	}

	record ListHandshakesInput(HandshakeFilter filter, String nextToken, Integer maxResults) {
	}

	record HandshakeIdInput(String handshakeId) {
	}

	record Tag(String key, String value) {
	}

	record CreateAccountInput(String email, String accountName, String roleName, String iamUserAccessToBilling,
			List<Tag> tags) {

		@Override
		public String toString() {
			return "CreateAccountInput[]";
		}

	}

	record CreateAccountRequestIdInput(String createAccountRequestId) {
	}

	record ChildIdInput(String childId, String nextToken, Integer maxResults) {
	}

	record ListChildrenInput(String parentId, String childType, String nextToken, Integer maxResults) {
	}

	record PolicyTypeInput(String rootId, String policyType) {
	}

	record ResourceIdInput(String resourceId, String nextToken) {
	}

	record TagResourceInput(String resourceId, List<Tag> tags) {
	}

	record UntagResourceInput(String resourceId, List<String> tagKeys) {
	}

	record CreatePolicyInput(String content, String description, String name, String type, List<Tag> tags) {
	}

	record UpdatePolicyInput(String policyId, String name, String description, String content) {
	}

	record PolicyIdInput(String policyId) {
	}

	record ListPoliciesInput(String filter, String nextToken, Integer maxResults) {
	}

	record PolicyAttachmentInput(String policyId, String targetId) {
	}

	record ListPoliciesForTargetInput(String targetId, String filter, String nextToken, Integer maxResults) {
	}

	record ListTargetsForPolicyInput(String policyId, String nextToken, Integer maxResults) {
	}

	// ------------------------------------------------------------------ output shapes

	record PolicyTypeSummary(String type, String status) {
	}

	record OrganizationShape(String id, String arn, String featureSet, String masterAccountArn,
			String masterAccountId, String masterAccountEmail, List<PolicyTypeSummary> availablePolicyTypes) {
	}

	record RootShape(String id, String arn, String name, List<PolicyTypeSummary> policyTypes) {
	}

	record RootOutput(RootShape root) {
	}

	record ListRootsOutput(List<RootShape> roots, String nextToken) {
	}

	record ChildShape(String id, String type) {
	}

	record ListParentsOutput(List<ChildShape> parents, String nextToken) {
	}

	record ListChildrenOutput(List<ChildShape> children, String nextToken) {
	}

	record CreateAccountStatusShape(String id, String accountName, String state, BigDecimal requestedTimestamp,
			BigDecimal completedTimestamp, String accountId, String failureReason) {
	}

	record CreateAccountStatusOutput(CreateAccountStatusShape createAccountStatus) {
	}

	record ListTagsOutput(List<Tag> tags, String nextToken) {
	}

	record OrganizationOutput(OrganizationShape organization) {
	}

	record AccountShape(String id, String arn, String email, String name, String status, String state,
			List<String> paths, String joinedMethod, BigDecimal joinedTimestamp) {
	}

	record AccountOutput(AccountShape account) {
	}

	record ListAccountsOutput(List<AccountShape> accounts, String nextToken) {
	}

	record HandshakeResource(String value, String type, List<HandshakeResource> resources) {
	}

	record HandshakeShape(String id, String arn, List<HandshakeParty> parties, String state,
			BigDecimal requestedTimestamp, BigDecimal expirationTimestamp, String action,
			List<HandshakeResource> resources) {
	}

	record HandshakeOutput(HandshakeShape handshake) {
	}

	record ListHandshakesOutput(List<HandshakeShape> handshakes, String nextToken) {
	}

	record EnabledServicePrincipal(String servicePrincipal, BigDecimal dateEnabled) {
	}

	record ListServiceAccessOutput(List<EnabledServicePrincipal> enabledServicePrincipals, String nextToken) {
	}

	record PolicySummary(String id, String arn, String name, String description, String type, Boolean awsManaged) {
	}

	record PolicyShape(PolicySummary policySummary, String content) {
	}

	record PolicyOutput(PolicyShape policy) {
	}

	record ListPoliciesOutput(List<PolicySummary> policies, String nextToken) {
	}

	record PolicyTargetSummary(String targetId, String arn, String name, String type) {
	}

	record ListTargetsForPolicyOutput(List<PolicyTargetSummary> targets, String nextToken) {
	}

	// ------------------------------------------------------------------ from the domain to the wire

	static PolicySummary policySummary(ServiceControlPolicy policy) {
		return new PolicySummary(policy.id(), policy.arn(), policy.name(), policy.description(), policy.type(),
				policy.awsManaged());
	}

	static PolicyOutput policy(ServiceControlPolicy policy) {
		return new PolicyOutput(new PolicyShape(policySummary(policy), policy.content()));
	}

	static PolicyTargetSummary policyTarget(PolicyTarget target) {
		return new PolicyTargetSummary(target.id(), target.arn(), target.name(), target.type());
	}

	static AccountShape account(MemberAccount account) {
		// An account's path: its organization, the root (dirshare has no OUs) and the account itself.
		String path = account.organizationId() + "/r-" + account.organizationId().substring(2) + "/" + account.id() + "/";
		return new AccountShape(account.id(), account.arn(), account.email(), account.name(), account.status(),
				account.status(), List.of(path), account.joinedMethod().name(), ApiJson.epochSeconds(account.joinedAt()));
	}

	static RootShape root(OrganizationRoot root) {
		return new RootShape(root.id(), root.arn(), root.name(), policyTypes(root));
	}

	static List<PolicyTypeSummary> policyTypes(OrganizationRoot root) {
		return root.enabledPolicyTypes()
			.stream()
			.map((type) -> new PolicyTypeSummary(type, OrganizationRoot.POLICY_TYPE_ENABLED))
			.toList();
	}

	static CreateAccountStatusShape createAccountStatus(CreateAccountStatus status) {
		return new CreateAccountStatusShape(status.id(), status.accountName(), status.state(),
				ApiJson.epochSeconds(status.requestedAt()), ApiJson.epochSeconds(status.completedAt()), status.accountId(),
				status.failureReason());
	}

	/** The tags in the order given; a key given twice keeps its last value. */
	static Map<String, String> tagMap(List<Tag> tags) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		if (tags != null) {
			tags.forEach((tag) -> map.put(tag.key(), tag.value()));
		}
		return map;
	}

	static HandshakeOutput handshake(HandshakeSummary summary) {
		return new HandshakeOutput(handshakeShape(summary));
	}

	static HandshakeShape handshakeShape(HandshakeSummary summary) {
		Handshake handshake = summary.handshake();
		List<HandshakeResource> organizationDetails = List.of(
				new HandshakeResource(summary.managementAccount().email(), "MASTER_EMAIL", null),
				new HandshakeResource(summary.managementAccount().name(), "MASTER_NAME", null),
				new HandshakeResource(summary.organization().featureSet().name(), "ORGANIZATION_FEATURE_SET", null));
		List<HandshakeResource> resources = new ArrayList<>();
		resources.add(new HandshakeResource(summary.organization().id(), "ORGANIZATION", organizationDetails));
		resources.add(new HandshakeResource(handshake.targetAccountId(), "ACCOUNT", null));
		if (handshake.notes() != null) {
			resources.add(new HandshakeResource(handshake.notes(), "NOTES", null));
		}
		if (handshake.parentId() != null) {
			resources.add(new HandshakeResource(handshake.parentId(), "PARENT_HANDSHAKE", null));
		}
		List<HandshakeParty> parties = List.of(new HandshakeParty(summary.organization().id(), "ORGANIZATION"),
				new HandshakeParty(handshake.targetAccountId(), "ACCOUNT"));
		return new HandshakeShape(handshake.id(), handshake.arn(), parties, summary.state().name(),
				ApiJson.epochSeconds(handshake.requestedAt()), ApiJson.epochSeconds(handshake.expiresAt()),
				handshake.action().name(), resources);
	}

	static String accountArn(Organization organization, String accountId) {
		return "arn:aws:organizations::" + organization.managementAccountId() + ":account/" + organization.id() + "/"
				+ accountId;
	}

}
