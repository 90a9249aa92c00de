package io.dirshare.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.Echo;
import io.dirshare.core.IamError;
import io.dirshare.core.Reads;
import io.dirshare.core.policy.AwsManagedPolicies;
import io.dirshare.core.policy.PoliciesChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IAM managed policies of the caller's account: the AWS managed ones dirshare ships and the account's
 * customer managed ones with their versions, and which of them are attached to which users. Every
 * change publishes {@link PoliciesChanged}.
 */
@Service
@Transactional
public class IamPolicyService {

	static final String NAME_RULE = "Policy names have 1 to " + IamPolicy.MAX_NAME_LENGTH
			+ " characters: letters, digits and + = , . @ _ -";

	static final String DESCRIPTION_RULE = "Descriptions have at most " + IamPolicy.MAX_DESCRIPTION_LENGTH
			+ " characters.";

	private final IamPolicyRepository policies;

	private final PolicyVersionRepository versions;

	private final UserPolicyAttachments attachments;

	private final IamUserRepository users;

	private final UserSessions sessions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IamPolicyService(IamPolicyRepository policies, PolicyVersionRepository versions, UserPolicyAttachments attachments,
			IamUserRepository users, UserSessions sessions, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.policies = policies;
		this.versions = versions;
		this.attachments = attachments;
		this.users = users;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The AWS managed and the account's customer managed policies, or those of one type. */
	@Reads
	public List<PolicySummary> list(Caller caller, Optional<PolicyType> type) {
		caller.require(Action.IAM_LIST_POLICIES);
		Map<String, Integer> counts = this.attachments.attachmentCounts(caller.accountId());
		List<PolicySummary> all = new ArrayList<>();
		if (type.isEmpty() || type.get() == PolicyType.AWS_MANAGED) {
			Arrays.stream(PermissionSet.values())
				.map((managed) -> managedSummary(managed, counts.getOrDefault(managed.arn(), 0)))
				.forEach(all::add);
		}
		if (type.isEmpty() || type.get() == PolicyType.CUSTOMER_MANAGED) {
			this.policies.findByAccountIdOrderByPolicyNameKey(caller.accountId())
				.stream()
				.map((policy) -> customerSummary(policy, counts.getOrDefault(policy.arn(), 0)))
				.forEach(all::add);
		}
		return all;
	}

	/** A policy by ARN, with its default document, versions and the account's users it is attached to. */
	@Reads
	public PolicyDetail get(Caller caller, String policyArn) {
		caller.require(Action.IAM_GET_POLICY);
		caller.require(Action.IAM_GET_POLICY_VERSION);
		List<String> attachedTo = caller.can(Action.IAM_LIST_ENTITIES_FOR_POLICY)
				? this.attachments.userNamesAttachedTo(caller.accountId(), policyArn) : List.of();
		Optional<PermissionSet> managed = PermissionSet.fromArn(policyArn);
		if (managed.isPresent()) {
			String document = AwsManagedPolicies.get(managed.get().policyName()).document().json();
			return new PolicyDetail(managedSummary(managed.get(), attachedTo.size()), null, document,
					List.of(new PolicyVersion(PolicyVersion.id(1), document, null, true)), attachedTo);
		}
		IamPolicy policy = customerPolicy(caller, policyArn);
		List<PolicyVersion> all = caller.can(Action.IAM_LIST_POLICY_VERSIONS) ? this.versions.list(policy) : List.of();
		String document = this.versions.find(policy, policy.defaultVersionId()).orElseThrow().document();
		return new PolicyDetail(customerSummary(policy, attachedTo.size()), policy.policyId(), document, all,
				attachedTo);
	}

	/** The ARN of the caller's account's customer managed policy of that name (IAM's ARN rule). */
	public String customerPolicyArn(Caller caller, String policyName) {
		return IamPolicy.arn(caller.accountId(), policyName);
	}

	public IamPolicy create(Caller caller, String policyName, String description, String document) {
		return this.audit.authorizedChange(caller, Action.IAM_CREATE_POLICY, "policyName=" + policyName, () -> {
			String name = (policyName != null) ? policyName.trim() : "";
			if (!IamPolicy.isValidName(name)) {
				throw IamError.VALIDATION_ERROR.exception(NAME_RULE);
			}
			String text = (description == null || description.isBlank()) ? null : description.trim();
			if (text != null && text.length() > IamPolicy.MAX_DESCRIPTION_LENGTH) {
				throw IamError.VALIDATION_ERROR.exception(DESCRIPTION_RULE);
			}
			PolicyDocuments.check(document);
			if (this.policies.findByAccountIdAndPolicyNameKey(caller.accountId(), IamPolicy.key(name)).isPresent()) {
				throw alreadyExists(name);
			}
			IamPolicy saved;
			try {
				saved = this.policies.save(IamPolicy.create(caller.accountId(), name, text, this.clock.instant()));
			}
			catch (DuplicateKeyException raced) {
				throw alreadyExists(name);
			}
			this.versions.insert(saved, saved.defaultVersionId(), document, saved.createdAt());
			this.events.publishEvent(PoliciesChanged.forAccount(caller.accountId()));
			return saved;
		});
	}

	/** "Edit policy": a new version, the default one if asked. IAM keeps at most five. */
	public PolicyVersion createVersion(Caller caller, String policyArn, String document, boolean setAsDefault) {
		return this.audit.authorizedChange(caller, Action.IAM_CREATE_POLICY_VERSION,
				"policyArn=" + policyArn + ", setAsDefault=" + setAsDefault, () -> {
					IamPolicy policy = lockedCustomerPolicy(caller, policyArn);
					PolicyDocuments.check(document);
					if (this.versions.count(policy) >= PolicyVersion.MAX_PER_POLICY) {
						throw IamError.LIMIT_EXCEEDED.exception("A managed policy can have up to "
								+ PolicyVersion.MAX_PER_POLICY + " versions. Before you create a new version, you must"
								+ " delete an existing version.");
					}
					String versionId = policy.nextVersionId();
					IamPolicy saved = this.policies.save(policy.withNewVersion(setAsDefault, this.clock.instant()));
					this.versions.insert(saved, versionId, document, saved.updatedAt());
					if (setAsDefault) {
						this.events.publishEvent(PoliciesChanged.forAccount(caller.accountId()));
					}
					return new PolicyVersion(versionId, document, saved.updatedAt(), setAsDefault);
				});
	}

	public void setDefaultVersion(Caller caller, String policyArn, String versionId) {
		this.audit.authorizedChange(caller, Action.IAM_SET_DEFAULT_POLICY_VERSION,
				"policyArn=" + policyArn + ", versionId=" + versionId, () -> {
					IamPolicy policy = lockedCustomerPolicy(caller, policyArn);
					PolicyVersion version = version(policy, versionId);
					this.policies.save(policy.withDefaultVersion(version.versionId(), this.clock.instant()));
					this.events.publishEvent(PoliciesChanged.forAccount(caller.accountId()));
					return null;
				});
	}

	public void deleteVersion(Caller caller, String policyArn, String versionId) {
		this.audit.authorizedChange(caller, Action.IAM_DELETE_POLICY_VERSION,
				"policyArn=" + policyArn + ", versionId=" + versionId, () -> {
					IamPolicy policy = lockedCustomerPolicy(caller, policyArn);
					PolicyVersion version = version(policy, versionId);
					if (version.isDefault()) {
						throw IamError.DELETE_CONFLICT.exception("Cannot delete the default version of a policy.");
					}
					this.versions.delete(policy, version.versionId());
					return null;
				});
	}

	/**
	 * Deletes a customer managed policy and its versions (as the console does). A policy still attached
	 * to a user is refused: detach it first.
	 */
	public void delete(Caller caller, String policyArn) {
		this.audit.authorizedChange(caller, Action.IAM_DELETE_POLICY, "policyArn=" + policyArn, () -> {
			IamPolicy policy = lockedCustomerPolicy(caller, policyArn);
			if (!this.attachments.userNamesAttachedTo(caller.accountId(), policy.arn()).isEmpty()) {
				throw IamError.DELETE_CONFLICT.exception("Cannot delete a policy attached to entities.");
			}
			this.policies.delete(policy);
			this.events.publishEvent(PoliciesChanged.forAccount(caller.accountId()));
			return null;
		});
	}

	/** The policies attached to a user of the caller's account, AWS managed first as IAM lists them. */
	@Reads
	public List<PolicySummary> attachedTo(Caller caller, String userName) {
		caller.require(Action.IAM_LIST_ATTACHED_USER_POLICIES);
		IamUser user = user(caller, userName);
		return this.attachments.arnsOf(user.id()).stream().map(this::summaryOf).flatMap(Optional::stream).toList();
	}

	/** Attaches an AWS managed policy or one of the account's customer managed policies; again is no change. */
	public void attach(Caller caller, String userName, String policyArn) {
		this.audit.authorizedChange(caller, Action.IAM_ATTACH_USER_POLICY,
				"userName=" + userName + ", policyArn=" + policyArn, () -> {
					IamUser user = user(caller, userName);
					requireAttachable(caller, policyArn);
					if (this.attachments.isAttached(user.id(), policyArn)) {
						return null;
					}
					if (this.attachments.countForUpdate(user.id()) >= UserPolicyAttachments.MAX_PER_USER) {
						throw IamError.LIMIT_EXCEEDED
							.exception("Cannot exceed quota for PoliciesPerUser: " + UserPolicyAttachments.MAX_PER_USER);
					}
					this.attachments.attach(user.id(), policyArn, this.clock.instant());
					this.events.publishEvent(PoliciesChanged.forUser(user.accountId(), user.userName()));
					return null;
				});
	}

	/** Attaches each policy, or none of them if one is refused (the 11th, say). */
	public void attachAll(Caller caller, String userName, List<String> policyArns) {
		policyArns.stream().distinct().forEach((arn) -> attach(caller, userName, arn));
	}

	/**
	 * Detaches a policy; the user's other sessions end once that is committed (a session never keeps
	 * powers it lost). The account's last administrator keeps AdministratorAccess.
	 */
	public void detach(Caller caller, String userName, String policyArn) {
		this.audit.authorizedChange(caller, Action.IAM_DETACH_USER_POLICY,
				"userName=" + userName + ", policyArn=" + policyArn, () -> {
					IamUser user = user(caller, userName);
					if (!this.attachments.isAttached(user.id(), policyArn)) {
						throw IamError.NO_SUCH_ENTITY.exception("Policy " + Echo.of(policyArn) + " was not found.");
					}
					if (PermissionSet.AdministratorAccess.arn().equals(policyArn)) {
						IamUserService.requireAnotherAdministrator(this.users, user);
					}
					this.attachments.detach(user.id(), policyArn);
					IamUserService.endOtherSessionsAfterCommit(this.sessions, caller, user);
					this.events.publishEvent(PoliciesChanged.forUser(user.accountId(), user.userName()));
					return null;
				});
	}

	private void requireAttachable(Caller caller, String policyArn) {
		if (PermissionSet.fromArn(policyArn).isEmpty()) {
			customerPolicy(caller, policyArn);
		}
	}

	private Optional<PolicySummary> summaryOf(String arn) {
		Optional<PermissionSet> managed = PermissionSet.fromArn(arn);
		if (managed.isPresent()) {
			return Optional.of(managedSummary(managed.get(), 0));
		}
		return this.policies.findByArn(arn).map((policy) -> customerSummary(policy, 0));
	}

	private IamPolicy customerPolicy(Caller caller, String policyArn) {
		return this.policies.findByArn(policyArn == null ? "" : policyArn.trim())
			.filter((policy) -> policy.accountId().equals(caller.accountId()))
			.orElseThrow(() -> noSuchPolicy(policyArn));
	}

	private IamPolicy lockedCustomerPolicy(Caller caller, String policyArn) {
		if (PermissionSet.isAwsManagedArn(policyArn)) {
			throw AwsException.accessDenied("Policy " + policyArn + " is an AWS managed policy; only AWS changes it.");
		}
		IamPolicy policy = customerPolicy(caller, policyArn);
		this.policies.lock(policy.id());
		return this.policies.findById(policy.id()).orElseThrow(() -> noSuchPolicy(policyArn));
	}

	private PolicyVersion version(IamPolicy policy, String versionId) {
		return this.versions.find(policy, versionId == null ? "" : versionId.trim())
			.orElseThrow(() -> IamError.NO_SUCH_ENTITY.exception(
					"Policy " + policy.arn() + " version " + Echo.of(versionId) + " does not exist or is not attachable."));
	}

	private IamUser user(Caller caller, String userName) {
		return this.users
			.findByAccountIdAndUserNameKey(caller.accountId(), IamUser.key(userName == null ? "" : userName.trim()))
			.orElseThrow(() -> IamError.NO_SUCH_ENTITY
				.exception("The user with name " + Echo.of(userName) + " cannot be found."));
	}

	private static PolicySummary managedSummary(PermissionSet managed, int attachmentCount) {
		return new PolicySummary(managed.policyName(), managed.arn(), PolicyType.AWS_MANAGED, managed.description(),
				PolicyVersion.id(1), attachmentCount, null);
	}

	private static PolicySummary customerSummary(IamPolicy policy, int attachmentCount) {
		return new PolicySummary(policy.policyName(), policy.arn(), PolicyType.CUSTOMER_MANAGED, policy.description(),
				policy.defaultVersionId(), attachmentCount, policy.updatedAt());
	}

	private static AwsException noSuchPolicy(String policyArn) {
		return IamError.NO_SUCH_ENTITY
			.exception("Policy " + Echo.of(policyArn) + " does not exist or is not attachable.");
	}

	private static AwsException alreadyExists(String policyName) {
		return IamError.ENTITY_ALREADY_EXISTS
			.exception("A policy called " + policyName + " already exists. Duplicate names are not allowed.");
	}

}
