package io.dirshare.simulator;

import java.util.List;

import io.dirshare.core.policy.ScpLevel;

/**
 * The service control policies over the simulated account: each level from the root down, or why
 * none applies.
 *
 * @param standing where the account stands in its organization
 * @param levels the levels with their attached SCPs, empty when none applies
 */
public record ScpsInEffect(Standing standing, List<ScpLevel> levels) {

	/** Where an account stands, which decides whether SCPs can cap it at all. */
	public enum Standing {

		NOT_IN_ORGANIZATION("The account is not in an organization: no service control policy applies."),
		MANAGEMENT_ACCOUNT("The account is the organization's management account, which service control policies "
				+ "never restrict."),
		MEMBER_ACCOUNT("The account is a member account: every level from the root down must allow an action.");

		private final String words;

		Standing(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

	public ScpsInEffect {
		levels = List.copyOf(levels);
	}

	public boolean managementAccount() {
		return this.standing == Standing.MANAGEMENT_ACCOUNT;
	}

}
