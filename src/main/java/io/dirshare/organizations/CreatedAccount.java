package io.dirshare.organizations;

import java.io.Serializable;

/**
 * A freshly created member account and the initial password of its {@code admin} user, returned once
 * so the creator can pass it on; only its hash is stored. Serializable, as it reaches the next page as a
 * flash attribute, which the session store keeps in the database until then.
 */
public record CreatedAccount(MemberAccount account, String adminUserName, String initialPassword)
		implements Serializable {

	@Override
	public String toString() {
		return "CreatedAccount[" + this.account.id() + "]";
	}

}
