package io.dirshare.core.policy;

import java.util.List;
import java.util.Optional;

/**
 * The answer to an {@link AuthorizationRequest}: allowed, implicitly denied or explicitly denied,
 * which kind of policy decided, the statement that decided (when one did) and the SCPs considered.
 *
 * @param outcome the answer
 * @param decidedBy the kind of policy that decided; for an allow, identity-based
 * @param statement the statement that allowed or explicitly denied, empty for an implicit deny
 * @param request the request decided
 * @param serviceControlPolicies the SCPs considered, named as {@code name (target)}; empty when none applies
 * @param deniedAtTarget for an implicit deny by SCPs, the level ({@code r-…}, {@code ou-…} or account) that allows nothing
 */
public record Decision(Outcome outcome, PolicyType decidedBy, Optional<MatchedStatement> statement,
		AuthorizationRequest request, List<String> serviceControlPolicies, Optional<String> deniedAtTarget) {

	public enum Outcome {

		ALLOWED, IMPLICIT_DENY, EXPLICIT_DENY

	}

	public enum PolicyType {

		IDENTITY_BASED("identity-based policy", "an identity-based policy"),
		SERVICE_CONTROL("service control policy", "a service control policy");

		private final String words;

		private final String withArticle;

		PolicyType(String words, String withArticle) {
			this.words = words;
			this.withArticle = withArticle;
		}

		public String words() {
			return this.words;
		}

	}

	/** The statement that decided: in which policy, by Sid or position, on which line. */
	public record MatchedStatement(String policyName, String policyArn, String sid, int index, int line) {

		public static MatchedStatement of(NamedPolicy policy, Statement statement) {
			return new MatchedStatement(policy.name(), policy.arn(), statement.sid(), statement.index(),
					statement.line());
		}

		/** Its Sid, else its position from 1. */
		public String label() {
			return (this.sid != null && !this.sid.isEmpty()) ? this.sid : "statement " + (this.index + 1);
		}

		/** e.g. {@code AdministratorAccess (arn:aws:iam::aws:policy/AdministratorAccess), statement 1}. */
		public String describe() {
			return this.policyName + " (" + this.policyArn + "), " + label();
		}

	}

	public Decision {
		serviceControlPolicies = List.copyOf(serviceControlPolicies);
	}

	public boolean allowed() {
		return this.outcome == Outcome.ALLOWED;
	}

	/**
	 * AWS's AccessDenied message for a refusal, e.g. {@code User: arn:aws:iam::111122223333:user/diradmin
	 * is not authorized to perform: ds:ShareDirectory on resource: arn:aws:ds:…:directory/d-… because no
	 * identity-based policy allows the ds:ShareDirectory action}. The resource is left out for an action
	 * AWS does not scope by resource.
	 */
	public String message() {
		StringBuilder message = new StringBuilder("User: ").append(this.request.principalArn())
			.append(" is not authorized to perform: ")
			.append(this.request.action());
		if (!"*".equals(this.request.resource())) {
			message.append(" on resource: ").append(this.request.resource());
		}
		return switch (this.outcome) {
			case ALLOWED -> this.request.principalArn() + " is allowed to perform: " + this.request.action();
			case EXPLICIT_DENY -> message.append(" with an explicit deny in ").append(this.decidedBy.withArticle).toString();
			case IMPLICIT_DENY -> message.append(" because no ")
				.append(this.decidedBy.words)
				.append(" allows the ")
				.append(this.request.action())
				.append(" action")
				.toString();
		};
	}

	/**
	 * What decided, as the event history records it, e.g. {@code Allowed by AdministratorAccess
	 * (arn:aws:iam::aws:policy/AdministratorAccess), statement 1}.
	 */
	public String decidingPolicy() {
		return switch (this.outcome) {
			case ALLOWED -> this.statement.map((s) -> "Allowed by " + s.describe()).orElse("Allowed");
			case EXPLICIT_DENY -> "Explicitly denied by " + this.decidedBy.words + " "
					+ this.statement.map(MatchedStatement::describe).orElse("");
			case IMPLICIT_DENY -> "Implicitly denied: no " + this.decidedBy.words + " allows "
					+ this.request.action() + this.deniedAtTarget.map((target) -> " at " + target).orElse("");
		};
	}

}
