package io.dirshare.core.policy;

import java.util.List;

/**
 * The service control policies attached to one level of the path from the organization's root to an
 * account: the root, an organizational unit, or the account itself. Every level must allow an action.
 *
 * @param targetId {@code r-…}, {@code ou-…} or the account ID
 * @param targetName the level's name, e.g. {@code Root}
 * @param policies the SCPs attached there
 */
public record ScpLevel(String targetId, String targetName, List<NamedPolicy> policies) {

	public ScpLevel {
		policies = List.copyOf(policies);
	}

}
