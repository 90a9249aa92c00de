package io.dirshare.test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.dirshare.core.AccountPosition;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountPositions;
import io.dirshare.identity.AccountRepository;
import io.dirshare.identity.IamUser;
import io.dirshare.identity.IamUserRepository;
import io.dirshare.identity.PermissionSet;
import io.dirshare.identity.SignedInUser;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.PrincipalAuthorizations;
import io.dirshare.identity.UserPermissions;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signed-in users for {@link PortalWebMvcTest}s: a session as sign-in leaves it, and the mocked
 * repositories answering as the database would, so the security filter reads the user again as in
 * production.
 */
@TestComponent
public class PortalUsers {

	public static final String ACCOUNT = "111111111111";

	private final AtomicLong ids = new AtomicLong();

	private final IamUserRepository users;

	private final AccountRepository accounts;

	private final AccountPositions positions;

	private final UserPermissions permissions;

	private final PrincipalAuthorizations authorizations;

	PortalUsers(IamUserRepository users, AccountRepository accounts, AccountPositions positions,
			UserPermissions permissions, PrincipalAuthorizations authorizations) {
		this.permissions = permissions;
		this.authorizations = authorizations;
		this.users = users;
		this.accounts = accounts;
		this.positions = positions;
	}

	/** A user of {@link #ACCOUNT}, a management account, with the AWS managed policy attached. */
	public RequestPostProcessor signedIn(String userName, PermissionSet permissionSet) {
		long id = this.ids.incrementAndGet();
		given(this.accounts.findById(ACCOUNT))
			.willReturn(Optional.of(new Account(ACCOUNT, "Example Corp", "corp@example.com", null, Instant.EPOCH, 0L)));
		given(this.positions.of(ACCOUNT)).willReturn(AccountPosition.MANAGEMENT);
		IamUser user = new IamUser(id, ACCOUNT, userName, IamUser.key(userName), "{noop}x", Instant.EPOCH,
				Instant.EPOCH, 0L);
		given(this.users.findById(id)).willReturn(Optional.of(user));
		Permissions permissions = Permissions.of(permissionSet.managedPolicy());
		UserPermissions.Held held = new UserPermissions.Held(List.of(permissionSet.policyName()), permissions);
		given(this.permissions.of(user)).willReturn(held);
		given(this.authorizations.permissionsOf(ACCOUNT, userName)).willReturn(permissions);
		SignedInUser principal = new SignedInUser(id, ACCOUNT, "Example Corp", userName, AccountPosition.MANAGEMENT,
				held.policyNames());
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities(permissions)));
	}

	public RequestPostProcessor admin() {
		return signedIn("admin", PermissionSet.AdministratorAccess);
	}

	public RequestPostProcessor readOnly() {
		return signedIn("auditor", PermissionSet.ReadOnlyAccess);
	}

}
