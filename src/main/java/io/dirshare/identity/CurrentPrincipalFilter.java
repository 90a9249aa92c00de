package io.dirshare.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rebuilds the signed-in principal from the database on every request: a user whose account joined,
 * left or now manages an organization, or whose policies changed, gets the new roles and
 * actions at once, and a deleted user is signed out. A stale session never keeps powers.
 */
class CurrentPrincipalFilter extends OncePerRequestFilter {

	private final IamUserRepository users;

	private final AccountRepository accounts;

	private final AccountPositions positions;

	private final UserPermissions permissions;

	private final SecurityContextHolderStrategy contextHolder;

	CurrentPrincipalFilter(IamUserRepository users, AccountRepository accounts, AccountPositions positions,
			UserPermissions permissions,
			SecurityContextHolderStrategy contextHolder) {
		this.permissions = permissions;
		this.users = users;
		this.accounts = accounts;
		this.positions = positions;
		this.contextHolder = contextHolder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser stale) {
			Optional<UsernamePasswordAuthenticationToken> current = reload(stale);
			SecurityContext context = this.contextHolder.createEmptyContext();
			if (current.isPresent()) {
				UsernamePasswordAuthenticationToken fresh = current.get();
				fresh.setDetails(authentication.getDetails());
				context.setAuthentication(fresh);
			}
			else {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			this.contextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	/** Error pages show the header too, so they must not show a stale badge either. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private Optional<UsernamePasswordAuthenticationToken> reload(SignedInUser stale) {
		return this.users.findById(stale.userId())
			.filter((user) -> user.accountId().equals(stale.accountId()))
			.flatMap((user) -> this.accounts.findById(user.accountId())
				.map((account) -> SignedInUser.authenticated(user, account.name(), this.positions.of(account.id()),
						this.permissions.of(user))));
	}

}
