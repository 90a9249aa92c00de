package io.dirshare.core;

import java.util.Set;

/**
 * The person behind a portal session, as the portal's frame needs it (header, navigation, the
 * {@link Caller} of each request) without knowing how identities are stored.
 */
public interface SignedInPrincipal {

	String accountId();

	String accountName();

	String userName();

	AccountPosition position();

	/** What the user's policies allow, read again on every request. */
	Set<Action> actions();

	default String arn() {
		return Caller.userArn(accountId(), userName());
	}

	default boolean can(Action action) {
		return actions().contains(action);
	}

}
