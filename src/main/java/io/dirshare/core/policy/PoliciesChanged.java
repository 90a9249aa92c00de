package io.dirshare.core.policy;

/**
 * Published when a user's policies, their attachments or the SCPs over an account change, so the
 * cached permissions of the principals concerned are dropped at once.
 *
 * @param accountId the account concerned, or null for every account
 * @param userName the user concerned, or null for every user of the account
 */
public record PoliciesChanged(String accountId, String userName) {

	public static PoliciesChanged forUser(String accountId, String userName) {
		return new PoliciesChanged(accountId, userName);
	}

	public static PoliciesChanged forAccount(String accountId) {
		return new PoliciesChanged(accountId, null);
	}

	public static PoliciesChanged everywhere() {
		return new PoliciesChanged(null, null);
	}

	boolean concerns(String otherAccountId, String otherUserName) {
		return (this.accountId == null || this.accountId.equals(otherAccountId))
				&& (this.userName == null || this.userName.equalsIgnoreCase(otherUserName));
	}

}
