package io.dirshare.core.policy;

import java.util.List;
import java.util.Map;

/**
 * The identity-based policies in effect for a user, and the user's tags (the {@code aws:PrincipalTag/KEY}
 * keys).
 */
public record IdentityPolicies(List<NamedPolicy> policies, Map<String, String> tags) {

	public static final IdentityPolicies NONE = new IdentityPolicies(List.of(), Map.of());

	public IdentityPolicies {
		policies = List.copyOf(policies);
		tags = Map.copyOf(tags);
	}

}
