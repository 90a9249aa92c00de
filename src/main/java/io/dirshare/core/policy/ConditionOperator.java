package io.dirshare.core.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The condition operators dirshare evaluates. A negated operator ({@code StringNotEquals}) is true
 * when its positive twin matches none of the policy's values, and true when the key is missing, as
 * AWS documents.
 */
public enum ConditionOperator {

	STRING_EQUALS("StringEquals", false), STRING_NOT_EQUALS("StringNotEquals", true),
	STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false),
	STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true), STRING_LIKE("StringLike", false),
	STRING_NOT_LIKE("StringNotLike", true), ARN_EQUALS("ArnEquals", false), ARN_LIKE("ArnLike", false),
	ARN_NOT_EQUALS("ArnNotEquals", true), ARN_NOT_LIKE("ArnNotLike", true), BOOL("Bool", false),
	NULL("Null", false);

	private final String awsName;

	private final boolean negated;

	ConditionOperator(String awsName, boolean negated) {
		this.awsName = awsName;
		this.negated = negated;
	}

	public String awsName() {
		return this.awsName;
	}

	public boolean negated() {
		return this.negated;
	}

	static Optional<ConditionOperator> named(String name) {
		return Arrays.stream(values()).filter((operator) -> operator.awsName.equals(name)).findFirst();
	}

	/** Whether a policy value matches a request value, before negation. */
	boolean matches(String policyValue, String requestValue) {
		return switch (this) {
			case STRING_EQUALS, STRING_NOT_EQUALS -> policyValue.equals(requestValue);
			case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE ->
				policyValue.toLowerCase(Locale.ROOT).equals(requestValue.toLowerCase(Locale.ROOT));
			case STRING_LIKE, STRING_NOT_LIKE -> Wildcards.matches(policyValue, requestValue, false);
			case ARN_EQUALS, ARN_LIKE, ARN_NOT_EQUALS, ARN_NOT_LIKE -> Wildcards.arnMatches(policyValue, requestValue);
			case BOOL -> policyValue.equalsIgnoreCase(requestValue);
			case NULL -> throw new IllegalStateException("Null compares presence, not values");
		};
	}

}
