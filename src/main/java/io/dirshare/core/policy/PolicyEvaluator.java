package io.dirshare.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.policy.Decision.MatchedStatement;
import io.dirshare.core.policy.Decision.Outcome;
import io.dirshare.core.policy.Decision.PolicyType;

/**
 * AWS's policy evaluation logic for a principal of one account: an explicit Deny in any applicable
 * policy wins; for an account that SCPs cap, every level from the root to the account must have an SCP
 * statement that allows; then an identity-based Allow; else an implicit deny.
 */
public final class PolicyEvaluator {

	/** AWS answers GetCallerIdentity whatever the policies say, even with an explicit deny. */
	static final String GET_CALLER_IDENTITY = "sts:GetCallerIdentity";

	private PolicyEvaluator() {
	}

	/**
	 * Decides a request.
	 * @param request what is asked
	 * @param identityPolicies the principal's identity-based policies
	 * @param scpLevels the SCP levels from the root to the account, empty when none applies
	 */
	public static Decision evaluate(AuthorizationRequest request, List<NamedPolicy> identityPolicies,
			List<ScpLevel> scpLevels) {
		List<String> scpNames = considered(scpLevels);
		if (request.action().equalsIgnoreCase(GET_CALLER_IDENTITY)) {
			return decision(Outcome.ALLOWED, PolicyType.IDENTITY_BASED, null, request, scpNames, null);
		}
		for (ScpLevel level : scpLevels) {
			Optional<MatchedStatement> deny = firstApplying(level.policies(), Effect.DENY, request);
			if (deny.isPresent()) {
				return decision(Outcome.EXPLICIT_DENY, PolicyType.SERVICE_CONTROL, deny.get(), request, scpNames, null);
			}
		}
		Optional<MatchedStatement> identityDeny = firstApplying(identityPolicies, Effect.DENY, request);
		if (identityDeny.isPresent()) {
			return decision(Outcome.EXPLICIT_DENY, PolicyType.IDENTITY_BASED, identityDeny.get(), request, scpNames,
					null);
		}
		for (ScpLevel level : scpLevels) {
			if (firstApplying(level.policies(), Effect.ALLOW, request).isEmpty()) {
				return decision(Outcome.IMPLICIT_DENY, PolicyType.SERVICE_CONTROL, null, request, scpNames,
						level.targetId());
			}
		}
		Optional<MatchedStatement> allow = firstApplying(identityPolicies, Effect.ALLOW, request);
		if (allow.isPresent()) {
			return decision(Outcome.ALLOWED, PolicyType.IDENTITY_BASED, allow.get(), request, scpNames, null);
		}
		return decision(Outcome.IMPLICIT_DENY, PolicyType.IDENTITY_BASED, null, request, scpNames, null);
	}

	/**
	 * Whether the policies could allow an action on some resource in some context: an Allow statement
	 * covers the action (ignoring resources and conditions) in the identity policies and at every SCP
	 * level, and no Deny covers it unconditionally on every resource. Pages use it to decide what to
	 * show; the request itself is still evaluated in full.
	 */
	public static boolean couldAllow(String action, List<NamedPolicy> identityPolicies, List<ScpLevel> scpLevels) {
		if (action.equalsIgnoreCase(GET_CALLER_IDENTITY)) {
			return true;
		}
		List<NamedPolicy> all = new ArrayList<>(identityPolicies);
		scpLevels.forEach((level) -> all.addAll(level.policies()));
		boolean deniedEverywhere = statements(all).stream()
			.anyMatch((s) -> s.effect() == Effect.DENY && s.coversUnconditionally(action));
		if (deniedEverywhere) {
			return false;
		}
		for (ScpLevel level : scpLevels) {
			if (!anyAllowCovers(level.policies(), action)) {
				return false;
			}
		}
		return anyAllowCovers(identityPolicies, action);
	}

	private static boolean anyAllowCovers(List<NamedPolicy> policies, String action) {
		return statements(policies).stream().anyMatch((s) -> s.effect() == Effect.ALLOW && s.coversAction(action));
	}

	private static List<Statement> statements(List<NamedPolicy> policies) {
		List<Statement> statements = new ArrayList<>();
		policies.forEach((policy) -> statements.addAll(policy.document().statements()));
		return statements;
	}

	private static Optional<MatchedStatement> firstApplying(List<NamedPolicy> policies, Effect effect,
			AuthorizationRequest request) {
		for (NamedPolicy policy : policies) {
			for (Statement statement : policy.document().statements()) {
				if (statement.effect() == effect && statement.appliesTo(request)) {
					return Optional.of(MatchedStatement.of(policy, statement));
				}
			}
		}
		return Optional.empty();
	}

	private static List<String> considered(List<ScpLevel> scpLevels) {
		List<String> names = new ArrayList<>();
		for (ScpLevel level : scpLevels) {
			for (NamedPolicy policy : level.policies()) {
				names.add(policy.name() + " (" + level.targetId() + ")");
			}
		}
		return names;
	}

	private static Decision decision(Outcome outcome, PolicyType type, MatchedStatement statement,
			AuthorizationRequest request, List<String> scpNames, String deniedAt) {
		return new Decision(outcome, type, Optional.ofNullable(statement), request, scpNames,
				Optional.ofNullable(deniedAt));
	}

}
