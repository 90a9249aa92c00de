package io.dirshare.simulator;

import io.dirshare.core.Action;
import io.dirshare.core.policy.Decision;
import io.dirshare.core.policy.Decision.MatchedStatement;
import io.dirshare.core.policy.Decision.Outcome;

/** One action's answer in a simulation, with the words the results table shows. */
public record SimulatedAction(Action action, Decision decision) {

	/** allowed, implicitly denied or explicitly denied, as the IAM policy simulator says it. */
	public String result() {
		return switch (this.decision.outcome()) {
			case ALLOWED -> "allowed";
			case IMPLICIT_DENY -> "implicitly denied";
			case EXPLICIT_DENY -> "explicitly denied";
		};
	}

	public boolean allowed() {
		return this.decision.outcome() == Outcome.ALLOWED;
	}

	public boolean explicitlyDenied() {
		return this.decision.outcome() == Outcome.EXPLICIT_DENY;
	}

	/** The statement that allowed or explicitly denied, or null for an implicit deny. */
	public MatchedStatement statement() {
		return this.decision.statement().orElse(null);
	}

	/** The kind of policy that decided: identity-based policy or service control policy. */
	public String decidedBy() {
		return this.decision.decidedBy().words();
	}

	/**
	 * Why nothing allowed, for an implicit deny: no identity-based policy allows the action, or the SCPs
	 * at one level of the organization allow nothing of it.
	 */
	public String implicitReason() {
		if (this.decision.outcome() != Outcome.IMPLICIT_DENY) {
			return null;
		}
		return this.decision.deniedAtTarget()
			.map((target) -> "No service control policy attached at " + target + " allows " + this.action.iamName() + ".")
			.orElse("No identity-based policy allows " + this.action.iamName() + ".");
	}

}
