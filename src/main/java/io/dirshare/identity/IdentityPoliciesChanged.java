package io.dirshare.identity;

/**
 * Published when what an account's users may do changes through their policies: a policy attached to
 * or detached from a user (then {@code userName} names the user), or a customer managed policy created,
 * given a new default version or deleted (then {@code userName} is null: every user it is attached to).
 * Whoever caches what a principal may do listens for it.
 */
public record IdentityPoliciesChanged(String accountId, String userName) {

	public static IdentityPoliciesChanged ofUser(String accountId, String userName) {
		return new IdentityPoliciesChanged(accountId, userName);
	}

	public static IdentityPoliciesChanged ofAccount(String accountId) {
		return new IdentityPoliciesChanged(accountId, null);
	}

}
