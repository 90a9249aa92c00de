package io.dirshare.core;

/**
 * The person behind a portal session, as the portal's frame needs it (header, navigation, the
 * {@link Caller} of each request) without knowing how identities are stored.
 */
public interface SignedInPrincipal {

	String accountId();

	String accountName();

	String userName();

	AccountPosition position();

	default String arn() {
		return Caller.userArn(accountId(), userName());
	}

}
