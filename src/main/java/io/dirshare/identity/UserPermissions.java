package io.dirshare.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.dirshare.core.Action;

import org.springframework.stereotype.Component;

/**
 * What a user may do, from the policies attached to it: read again on every request by the portal and
 * the AWS API, so a detached policy stops counting at once.
 */
@Component
public class UserPermissions {

	/** The user's attached policies by name, and the actions they allow. */
	public record Held(List<String> policyNames, Set<Action> actions) {

	}

	private final UserPolicyAttachments attachments;

	private final IamPolicyRepository policies;

	UserPermissions(UserPolicyAttachments attachments, IamPolicyRepository policies) {
		this.attachments = attachments;
		this.policies = policies;
	}

	public Held of(long userId) {
		List<String> arns = this.attachments.arnsOf(userId);
		Set<Action> actions = EnumSet.noneOf(Action.class);
		arns.stream()
			.map(PermissionSet::fromArn)
			.flatMap(Optional::stream)
			.forEach((managed) -> actions.addAll(managed.actions()));
		return new Held(arns.stream().map(this::nameOf).toList(), actions);
	}

	private String nameOf(String arn) {
		return PermissionSet.fromArn(arn)
			.map(PermissionSet::policyName)
			.or(() -> this.policies.findByArn(arn).map(IamPolicy::policyName))
			.orElse(arn);
	}

}
