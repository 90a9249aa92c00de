package io.dirshare.organizations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.Ids;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Reads;
import io.dirshare.core.policy.PolicyDocument;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service control policies, for the portal's Policies page and the API: the management account
 * creates, edits and deletes its organization's SCPs, attaches them to the root or an account and
 * detaches them. As on AWS, a target has between one and {@value #MAX_POLICIES_PER_TARGET} SCPs while
 * the type is enabled, an attached policy cannot be deleted, AWS's {@code FullAWSAccess} cannot be
 * changed, and a document is valid policy grammar of at most {@value #MAX_CONTENT_LENGTH} characters
 * besides whitespace.
 */
@Service
// READ COMMITTED: the organization is read before its row lock is taken, and under MySQL's REPEATABLE READ that
// first read would fix the snapshot, so two changes serialized by the lock could both count the attachments as
// they were before either of them.
@Transactional(isolation = Isolation.READ_COMMITTED)
public class ServiceControlPolicyService {

	public static final int MAX_CONTENT_LENGTH = PolicyDocument.SERVICE_CONTROL_POLICY_MAX_CHARACTERS;

	public static final int MAX_POLICIES_PER_TARGET = 5;

	public static final int MAX_POLICIES = 1000;

	private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private final OrganizationService organizationService;

	private final MemberAccountQueries memberAccounts;

	private final ServiceControlPolicyRepository policies;

	private final ServiceControlPolicyAttachments attachments;

	private final ServiceControlPolicyContent contentRules;

	private final OrganizationTags tags;

	private final AuditTrail audit;

	private final Clock clock;

	ServiceControlPolicyService(OrganizationService organizationService, MemberAccountQueries memberAccounts,
			ServiceControlPolicyRepository policies, ServiceControlPolicyAttachments attachments,
			ServiceControlPolicyContent contentRules, OrganizationTags tags, AuditTrail audit, Clock clock) {
		this.organizationService = organizationService;
		this.memberAccounts = memberAccounts;
		this.policies = policies;
		this.attachments = attachments;
		this.contentRules = contentRules;
		this.tags = tags;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether service control policies are enabled in the root of the caller's organization. */
	@Reads
	public boolean isEnabled(Caller caller) {
		return this.attachments.enabledIn(this.organizationService.managedOrganization(caller).id());
	}

	/** ListPolicies for SERVICE_CONTROL_POLICY: AWS's FullAWSAccess first, then the organization's by name. */
	@Reads
	public List<ServiceControlPolicy> listPolicies(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_POLICIES);
		return this.policies.all(this.organizationService.managedOrganization(caller).id());
	}

	@Reads
	public ServiceControlPolicy describePolicy(Caller caller, String policyId) {
		caller.require(Action.ORGANIZATIONS_DESCRIBE_POLICY);
		return policy(this.organizationService.managedOrganization(caller), policyId);
	}

	/** CreatePolicy: a new SCP of the organization, attached nowhere; needs all features. */
	public ServiceControlPolicy createPolicy(Caller caller, String name, String description, String content,
			Map<String, String> newTags) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_CREATE_POLICY, "name=" + name, () -> {
			Organization organization = lockedOrganization(caller);
			if (!organization.hasAllFeatures()) {
				throw OrganizationsError.POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION
					.exception("Service control policies need all features in the organization.");
			}
			requireName(name);
			this.contentRules.requireValid(content);
			OrganizationTagService.requireValidTags(newTags, 0);
			if (this.policies.nameTaken(organization.id(), name, null)) {
				throw duplicateName();
			}
			if (this.policies.countOwn(organization.id()) >= MAX_POLICIES) {
				throw OrganizationsError.CONSTRAINT_VIOLATION.exception(
						"An organization can have at most " + MAX_POLICIES + " policies of a type.",
						Map.of("Reason", "POLICY_NUMBER_LIMIT_EXCEEDED"));
			}
			String id;
			do {
				id = "p-" + Ids.random(ID_ALPHABET, 10);
			}
			while (this.policies.idTaken(id));
			this.policies.insert(id, organization.id(), name, (description != null) ? description : "", content,
					this.clock.instant());
			this.tags.put(organization.id(), id, newTags);
			return policy(organization, id);
		});
	}

	/** UpdatePolicy: a new name, description or content; what is null stays as it is. */
	public ServiceControlPolicy updatePolicy(Caller caller, String policyId, String name, String description,
			String content) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_UPDATE_POLICY, "policyId=" + policyId, () -> {
			Organization organization = lockedOrganization(caller);
			ServiceControlPolicy existing = ownPolicy(organization, policyId);
			String newName = (name != null) ? name : existing.name();
			requireName(newName);
			if (content != null) {
				this.contentRules.requireValid(content);
			}
			if (this.policies.nameTaken(organization.id(), newName, policyId)) {
				throw duplicateName();
			}
			this.policies.update(policyId, newName, (description != null) ? description : existing.description(),
					(content != null) ? content : existing.content(), this.clock.instant());
			if (content != null && !content.equals(existing.content())) {
				this.attachments.changed(organization.id());
			}
			return policy(organization, policyId);
		});
	}

	/** DeletePolicy: only a policy of the organization that is attached nowhere. */
	public void deletePolicy(Caller caller, String policyId) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_DELETE_POLICY, "policyId=" + policyId, () -> {
			Organization organization = lockedOrganization(caller);
			ownPolicy(organization, policyId);
			if (!this.policies.targetsOf(organization.id(), policyId).isEmpty()) {
				throw OrganizationsError.POLICY_IN_USE.exception("The policy is attached to one or more entities. You must "
						+ "detach it from all roots, OUs, and accounts before performing this operation.");
			}
			this.tags.removeAll(organization.id(), policyId);
			this.policies.delete(policyId);
			return null;
		});
	}

	/** AttachPolicy to the root or an account, while the type is enabled and the target has room. */
	public void attachPolicy(Caller caller, String policyId, String targetId) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_ATTACH_POLICY,
				"policyId=" + policyId + ", targetId=" + targetId, () -> {
					Organization organization = lockedOrganization(caller);
					policy(organization, policyId);
					PolicyTarget target = target(organization, targetId);
					if (!this.attachments.enabledIn(organization.id())) {
						throw OrganizationsError.POLICY_TYPE_NOT_ENABLED.exception("The specified policy type isn't "
								+ "currently enabled in this root. You can't attach policies of the specified type to "
								+ "entities in a root until you enable that type in the root.");
					}
					if (this.policies.isAttached(organization.id(), policyId, target.id())) {
						throw OrganizationsError.DUPLICATE_POLICY_ATTACHMENT
							.exception("The selected policy is already attached to the specified target.");
					}
					if (this.policies.attachedTo(organization.id(), target.id()).size() >= MAX_POLICIES_PER_TARGET) {
						throw OrganizationsError.CONSTRAINT_VIOLATION.exception("A root or account can have at most "
								+ MAX_POLICIES_PER_TARGET + " service control policies attached. Detach one first.",
								Map.of("Reason", "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"));
					}
					this.policies.attach(organization.id(), policyId, target.id(), this.clock.instant());
					this.attachments.changed(organization.id());
					return null;
				});
	}

	/** DetachPolicy, unless it is the target's last SCP: each must keep at least one while the type is enabled. */
	public void detachPolicy(Caller caller, String policyId, String targetId) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_DETACH_POLICY,
				"policyId=" + policyId + ", targetId=" + targetId, () -> {
					Organization organization = lockedOrganization(caller);
					policy(organization, policyId);
					PolicyTarget target = target(organization, targetId);
					if (!this.policies.isAttached(organization.id(), policyId, target.id())) {
						throw OrganizationsError.POLICY_NOT_ATTACHED
							.exception("The policy isn't attached to the specified target in the specified root.");
					}
					if (this.policies.attachedTo(organization.id(), target.id()).size() <= 1) {
						throw OrganizationsError.CONSTRAINT_VIOLATION.exception("A root or account must have at least "
								+ "one service control policy attached. Attach another one before you detach this one.",
								Map.of("Reason", "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED"));
					}
					this.policies.detach(organization.id(), policyId, target.id());
					this.attachments.changed(organization.id());
					return null;
				});
	}

	/** ListPoliciesForTarget: the SCPs attached directly to the root or the account. */
	@Reads
	public List<ServiceControlPolicy> listPoliciesForTarget(Caller caller, String targetId) {
		caller.require(Action.ORGANIZATIONS_LIST_POLICIES_FOR_TARGET);
		Organization organization = this.organizationService.managedOrganization(caller);
		return this.policies.attachedTo(organization.id(), target(organization, targetId).id());
	}

	/** ListTargetsForPolicy: the root and accounts the policy is attached to, in ID order. */
	@Reads
	public List<PolicyTarget> listTargetsForPolicy(Caller caller, String policyId) {
		caller.require(Action.ORGANIZATIONS_LIST_TARGETS_FOR_POLICY);
		Organization organization = this.organizationService.managedOrganization(caller);
		policy(organization, policyId);
		return this.policies.targetsOf(organization.id(), policyId)
			.stream()
			.map((targetId) -> target(organization, targetId))
			.toList();
	}

	/** Everything a policy can be attached to: the root, then the accounts by ID. */
	@Reads
	public List<PolicyTarget> targets(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_ACCOUNTS);
		Organization organization = this.organizationService.managedOrganization(caller);
		List<PolicyTarget> targets = new ArrayList<>();
		targets.add(root(organization));
		this.memberAccounts.page(organization.id(), AccountSort.ID_ASC, 0, Integer.MAX_VALUE)
			.forEach((account) -> targets.add(account(account)));
		return targets;
	}

	/**
	 * The SCPs that cap the caller's own account, root first: empty for the management account, outside an
	 * organization, or while the type is not enabled. Member accounts see these read-only.
	 */
	@Reads
	public List<List<ServiceControlPolicy>> policiesInEffect(Caller caller) {
		caller.require(Action.ORGANIZATIONS_DESCRIBE_ORGANIZATION);
		return this.attachments.levels(caller.accountId());
	}

	// ------------------------------------------------------------------ rules

	private Organization lockedOrganization(Caller caller) {
		Organization organization = this.organizationService.managedOrganization(caller);
		this.policies.lock(organization.id());
		return organization;
	}

	private ServiceControlPolicy policy(Organization organization, String policyId) {
		return this.policies.find(organization.id(), String.valueOf(policyId))
			.orElseThrow(() -> OrganizationsError.POLICY_NOT_FOUND
				.exception("We can't find a policy with the PolicyId that you specified."));
	}

	private ServiceControlPolicy ownPolicy(Organization organization, String policyId) {
		ServiceControlPolicy policy = policy(organization, policyId);
		if (policy.awsManaged()) {
			throw OrganizationsError.INVALID_INPUT.exception(
					"You specified a policy that is managed by AWS and can't be modified.",
					Map.of("Reason", "IMMUTABLE_POLICY"));
		}
		return policy;
	}

	private PolicyTarget target(Organization organization, String targetId) {
		if (organization.rootId().equals(targetId)) {
			return root(organization);
		}
		return this.memberAccounts.find(organization.id(), String.valueOf(targetId))
			.map(ServiceControlPolicyService::account)
			.orElseThrow(() -> OrganizationsError.TARGET_NOT_FOUND.exception(
					"We can't find a root, OU, account, or policy with the TargetId that you specified."));
	}

	private static PolicyTarget root(Organization organization) {
		return new PolicyTarget(organization.rootId(), organization.rootArn(), OrganizationRoot.NAME, PolicyTarget.ROOT);
	}

	private static PolicyTarget account(MemberAccount account) {
		return new PolicyTarget(account.id(), account.arn(), account.name(), PolicyTarget.ACCOUNT);
	}

	private static void requireName(String name) {
		if (name == null || name.isBlank()) {
			throw OrganizationsError.INVALID_INPUT.exception("Enter a name for the policy.",
					Map.of("Reason", "INPUT_REQUIRED"));
		}
		if (name.length() > 128) {
			throw OrganizationsError.INVALID_INPUT.exception("A policy's name has at most 128 characters.",
					Map.of("Reason", "MAX_LENGTH_EXCEEDED"));
		}
	}

	private static AwsException duplicateName() {
		return OrganizationsError.DUPLICATE_POLICY.exception("A policy with the same name already exists.");
	}

}
