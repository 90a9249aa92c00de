package io.dirshare.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a principal may do: its identity-based policies, the SCP levels over its account and its tags,
 * evaluated per request. {@link #system()} stands for dirshare itself (demo data, jobs), which no
 * policy limits.
 */
public final class Permissions {

	private static final Permissions SYSTEM = new Permissions(List.of(), List.of(), Map.of(), true);

	private final List<NamedPolicy> identityPolicies;

	private final List<ScpLevel> scpLevels;

	private final Map<String, String> principalTags;

	private final boolean system;

	private Permissions(List<NamedPolicy> identityPolicies, List<ScpLevel> scpLevels,
			Map<String, String> principalTags, boolean system) {
		this.identityPolicies = List.copyOf(identityPolicies);
		this.scpLevels = List.copyOf(scpLevels);
		this.principalTags = Map.copyOf(principalTags);
		this.system = system;
	}

	public static Permissions of(List<NamedPolicy> identityPolicies, List<ScpLevel> scpLevels,
			Map<String, String> principalTags) {
		return new Permissions(identityPolicies, scpLevels, principalTags, false);
	}

	/** A principal with these identity-based policies, no tags, in an account no SCP caps. */
	public static Permissions of(NamedPolicy... identityPolicies) {
		return of(List.of(identityPolicies), List.of(), Map.of());
	}

	/** dirshare acting on its own behalf: every request is allowed. */
	public static Permissions system() {
		return SYSTEM;
	}

	public boolean isSystem() {
		return this.system;
	}

	public List<NamedPolicy> identityPolicies() {
		return this.identityPolicies;
	}

	public List<ScpLevel> scpLevels() {
		return this.scpLevels;
	}

	public Map<String, String> principalTags() {
		return this.principalTags;
	}

	public Decision evaluate(AuthorizationRequest request) {
		if (this.system) {
			return new Decision(Decision.Outcome.ALLOWED, Decision.PolicyType.IDENTITY_BASED, Optional.empty(), request,
					List.of(), Optional.empty());
		}
		return PolicyEvaluator.evaluate(request, this.identityPolicies, this.scpLevels);
	}

	/** Whether the action could be allowed on some resource: for deciding what a page offers. */
	public boolean couldAllow(String action) {
		return this.system || PolicyEvaluator.couldAllow(action, this.identityPolicies, this.scpLevels);
	}

	@Override
	public String toString() {
		return this.system ? "Permissions[system]"
				: "Permissions[" + this.identityPolicies.stream().map(NamedPolicy::name).toList() + ", SCP levels "
						+ this.scpLevels.stream().map(ScpLevel::targetId).toList() + "]";
	}

}
