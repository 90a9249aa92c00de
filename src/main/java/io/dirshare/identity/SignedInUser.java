package io.dirshare.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.dirshare.core.AccountPosition;
import io.dirshare.core.SignedInPrincipal;
import io.dirshare.core.Action;
import io.dirshare.core.policy.Permissions;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of a portal session. Only the identity is kept in the session; the account's position
 * and the user's policies are read again on every request ({@link CurrentPrincipalFilter}). Its
 * name is the user's ARN, which is what the session store indexes sessions by ({@link UserSessions}).
 */
public record SignedInUser(long userId, String accountId, String accountName, String userName,
		AccountPosition position, List<String> policyNames) implements SignedInPrincipal, AuthenticatedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	SignedInUser(long userId, String accountId, String accountName, String userName, AccountPosition position,
			UserPermissions.Held held) {
		this(userId, accountId, accountName, userName, position, held.policyNames());
	}

	public SignedInUser {
		policyNames = List.copyOf(policyNames);
	}

	/** The portal's authentication of {@code user}: its account, position and what its policies hold now. */
	static UsernamePasswordAuthenticationToken authenticated(IamUser user, String accountName, AccountPosition position,
			UserPermissions.Held held) {
		SignedInUser principal = new SignedInUser(user.id(), user.accountId(), accountName, user.userName(), position,
				held);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.authorities(held.permissions()));
	}

	/**
	 * The Spring Security authorities of a request: the account's position, and the IAM name of every
	 * action the user's policies could allow (what {@code sec:authorize} in the pages tests).
	 */
	public Collection<GrantedAuthority> authorities(Permissions permissions) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(this.position.role()));
		for (Action action : Action.values()) {
			if (permissions.couldAllow(action.iamName())) {
				authorities.add(new SimpleGrantedAuthority(action.iamName()));
			}
		}
		return authorities;
	}

	/** The user's ARN, e.g. {@code arn:aws:iam::111111111111:user/admin}. */
	@Override
	public String getName() {
		return arn();
	}

	@Override
	public String toString() {
		return arn();
	}

}
