package io.dirshare.organizations;

/**
 * A freshly created member account and the initial password of its {@code admin} user, returned once
 * so the creator can pass it on; only its hash is stored.
 */
public record CreatedAccount(MemberAccount account, String adminUserName, String initialPassword) {

	@Override
	public String toString() {
		return "CreatedAccount[" + this.account.id() + "]";
	}

}
