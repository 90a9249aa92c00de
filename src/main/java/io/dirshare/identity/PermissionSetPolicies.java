package io.dirshare.identity;

import java.util.List;
import java.util.Map;

import io.dirshare.core.policy.IdentityPolicies;
import io.dirshare.core.policy.PrincipalPolicies;

import org.springframework.stereotype.Component;

/**
 * A user's identity-based policies as the user table stores them today: the one AWS managed policy
 * named by the user's permission set.
 */
@Component
class PermissionSetPolicies implements PrincipalPolicies {

	private final IamUserRepository users;

	PermissionSetPolicies(IamUserRepository users) {
		this.users = users;
	}

	@Override
	public IdentityPolicies of(String accountId, String userName) {
		return this.users.findByAccountIdAndUserNameKey(accountId, IamUser.key(userName))
			.map((user) -> new IdentityPolicies(List.of(user.permissionSet().managedPolicy()), Map.of()))
			.orElse(IdentityPolicies.NONE);
	}

}
