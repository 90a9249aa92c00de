package io.dirshare.identity;

import java.util.List;

import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.PrincipalAuthorizations;

import org.springframework.stereotype.Component;

/**
 * What a user may do, from the policies attached to it (and the SCPs over its account), read again on
 * every request by the portal, so a removed policy stops counting at once.
 */
@Component
public class UserPermissions {

	/** The names of the user's attached policies, and the permissions they make. */
	public record Held(List<String> policyNames, Permissions permissions) {

	}

	private final PrincipalAuthorizations authorizations;

	UserPermissions(PrincipalAuthorizations authorizations) {
		this.authorizations = authorizations;
	}

	public Held of(IamUser user) {
		Permissions permissions = this.authorizations.permissionsOf(user.accountId(), user.userName());
		return new Held(permissions.identityPolicies().stream().map(NamedPolicy::name).toList(), permissions);
	}

}
