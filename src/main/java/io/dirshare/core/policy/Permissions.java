package io.dirshare.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a principal may do: its identity-based policies, the SCP levels over its account and its tags,
 * evaluated per request. {@link #system()} stands for dirshare itself (demo data, jobs), which no
 * policy limits.
 */
public final class Permissions {

	private static final String RESOURCE_TAG = "aws:ResourceTag/";

	private static final Permissions SYSTEM = new Permissions(List.of(), List.of(), Map.of(), true);

	private final List<NamedPolicy> identityPolicies;

	private final List<ScpLevel> scpLevels;

	private final Map<String, String> principalTags;

	private final boolean system;

	private final boolean testsResourceTags;

	private final Set<String> testedKeys;

	private Permissions(List<NamedPolicy> identityPolicies, List<ScpLevel> scpLevels,
			Map<String, String> principalTags, boolean system) {
		this.identityPolicies = List.copyOf(identityPolicies);
		this.scpLevels = List.copyOf(scpLevels);
		this.principalTags = Map.copyOf(principalTags);
		this.system = system;
		List<NamedPolicy> all = new ArrayList<>(this.identityPolicies);
		this.scpLevels.forEach((level) -> all.addAll(level.policies()));
		this.testedKeys = all.stream()
			.flatMap((policy) -> policy.document().statements().stream())
			.flatMap((statement) -> statement.conditions().stream())
			.map((condition) -> condition.key().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		this.testsResourceTags = this.testedKeys.stream()
			.anyMatch((key) -> key.regionMatches(true, 0, RESOURCE_TAG, 0, RESOURCE_TAG.length()));
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

	/**
	 * Whether a condition of the policies tests a resource's tags ({@code aws:ResourceTag/KEY}): only then
	 * are the tags worth reading.
	 */
	public boolean testsResourceTags() {
		return this.testsResourceTags;
	}

	/**
	 * Whether a condition of the policies tests the key (as IAM compares keys, without regard to case),
	 * e.g. {@code aws:ResourceOrgID}: only then is a value that costs a lookup worth finding.
	 */
	public boolean testsKey(String key) {
		return this.testedKeys.contains(key.toLowerCase(Locale.ROOT));
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
