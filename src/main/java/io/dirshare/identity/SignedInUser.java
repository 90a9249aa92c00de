package io.dirshare.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of a portal session. Only the identity is kept in the session; the account's position
 * and the user's permission set are read again on every request ({@link CurrentPrincipalFilter}).
 */
public record SignedInUser(long userId, String accountId, String accountName, String userName,
		AccountPosition position, PermissionSet permissionSet) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public String arn() {
		return IamUser.arn(this.accountId, this.userName);
	}

	public Collection<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(this.position.role()));
		this.permissionSet.actions().forEach((action) -> authorities.add(new SimpleGrantedAuthority(action.iamName())));
		return authorities;
	}

	public boolean can(Action action) {
		return this.permissionSet.allows(action);
	}

	@Override
	public String toString() {
		return arn();
	}

}
