package io.dirshare.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.dirshare.core.policy.AwsManagedPolicies;
import io.dirshare.core.policy.IdentityPolicies;
import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.PolicyDocument;
import io.dirshare.core.policy.PrincipalPolicies;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity-based policies of an IAM user: the policies attached to it, AWS managed ones as dirshare
 * ships them and customer managed ones at their default version. Users have no tags.
 */
@Component
class IdentityPrincipalPolicies implements PrincipalPolicies {

	private final IamUserRepository users;

	private final UserPolicyAttachments attachments;

	private final IamPolicyRepository policies;

	private final PolicyVersionRepository versions;

	IdentityPrincipalPolicies(IamUserRepository users, UserPolicyAttachments attachments, IamPolicyRepository policies,
			PolicyVersionRepository versions) {
		this.users = users;
		this.attachments = attachments;
		this.policies = policies;
		this.versions = versions;
	}

	@Override
	@Transactional(readOnly = true)
	public IdentityPolicies of(String accountId, String userName) {
		return this.users.findByAccountIdAndUserNameKey(accountId, IamUser.key(userName))
			.map(this::of)
			.orElse(IdentityPolicies.NONE);
	}

	IdentityPolicies of(IamUser user) {
		List<NamedPolicy> attached = this.attachments.arnsOf(user.id())
			.stream()
			.map(this::inEffect)
			.flatMap(Optional::stream)
			.toList();
		return new IdentityPolicies(attached, Map.of());
	}

	private Optional<NamedPolicy> inEffect(String arn) {
		Optional<NamedPolicy> managed = AwsManagedPolicies.findByArn(arn);
		if (managed.isPresent()) {
			return managed;
		}
		return this.policies.findByArn(arn)
			.flatMap((policy) -> this.versions.find(policy, policy.defaultVersionId())
				.map((version) -> new NamedPolicy(policy.policyName(), policy.arn(), version.versionId(),
						PolicyDocument.parse(version.document()))));
	}

}
