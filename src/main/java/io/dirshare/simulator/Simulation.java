package io.dirshare.simulator;

import java.util.List;

import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.ResourceRef;

/**
 * A simulation's answer: the user, the resource and Region, the identity-based policies simulated (the
 * unsaved one included), the SCPs in effect, and each action's decision.
 */
public record Simulation(String accountId, String userName, String userArn, ResourceRef resource, String region,
		List<NamedPolicy> identityPolicies, boolean unsavedPolicyIncluded, ScpsInEffect scps,
		List<SimulatedAction> actions) {

	public Simulation {
		identityPolicies = List.copyOf(identityPolicies);
		actions = List.copyOf(actions);
	}

	public long count(String result) {
		return this.actions.stream().filter((action) -> action.result().equals(result)).count();
	}

}
