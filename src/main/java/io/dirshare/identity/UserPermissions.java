package io.dirshare.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.dirshare.core.Action;
import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.PrincipalAuthorizations;

import org.springframework.stereotype.Component;

/**
 * What a user may do, from the policies attached to it (and the SCPs over its account), read again on
 * every request by the portal and the AWS API, so a removed policy stops counting at once. The actions
 * are those the policies could allow on some resource: what pages offer.
 */
@Component
public class UserPermissions {

	/** The user's attached policies by name, and the actions they could allow. */
	public record Held(List<String> policyNames, Set<Action> actions) {

	}

	private final PrincipalAuthorizations authorizations;

	UserPermissions(PrincipalAuthorizations authorizations) {
		this.authorizations = authorizations;
	}

	public Held of(IamUser user) {
		Permissions permissions = this.authorizations.permissionsOf(user.accountId(), user.userName());
		Set<Action> actions = Arrays.stream(Action.values())
			.filter((action) -> permissions.couldAllow(action.iamName()))
			.collect(Collectors.toUnmodifiableSet());
		return new Held(permissions.identityPolicies().stream().map(NamedPolicy::name).toList(), actions);
	}

}
