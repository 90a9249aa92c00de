package io.dirshare.organizations;

import io.dirshare.identity.Account;

/**
 * A handshake with what its parties need to see: its state now (expiry applied), the organization
 * and its management account, and the addressed account.
 */
public record HandshakeSummary(Handshake handshake, HandshakeState state, Organization organization,
		Account managementAccount, Account targetAccount) {

	public String id() {
		return this.handshake.id();
	}

	public boolean isOpen() {
		return this.state == HandshakeState.OPEN;
	}

}
