package io.dirshare.simulator;

/**
 * An account whose users the caller may simulate: its own, and for an organization's administrator in
 * the management account, the organization's other accounts.
 *
 * @param id the account ID
 * @param name the account's name as the organization lists it, or null outside an organization
 * @param own whether it is the caller's own account
 */
public record SimulatedAccount(String id, String name, boolean own) {

	/** How the account picker names it, e.g. {@code 222222222222 (Example Dev)}. */
	public String label() {
		String named = (this.name != null) ? this.id + " (" + this.name + ")" : this.id;
		return this.own ? named + " — this account" : named;
	}

}
