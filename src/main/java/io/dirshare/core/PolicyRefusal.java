package io.dirshare.core;

import java.util.Map;

import io.dirshare.core.policy.Decision;

/**
 * AccessDeniedException from the caller's policies, carrying the decision so that the event history
 * can name the policy that decided.
 */
public class PolicyRefusal extends AwsException {

	private final transient Decision decision;

	public PolicyRefusal(Decision decision) {
		super(CommonError.ACCESS_DENIED, decision.message(), Map.of());
		this.decision = decision;
	}

	public Decision decision() {
		return this.decision;
	}

}
