package io.dirshare.core.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One condition key under one operator, e.g. {@code "StringEquals": {"aws:ResourceTag/env": ["lab",
 * "test"]}}. Its values are alternatives (any may match); the conditions of a statement must all hold.
 *
 * @param operator the operator as written, e.g. {@code ForAnyValue:StringLikeIfExists}
 * @param base the operator without its set qualifier and IfExists
 * @param setQualifier how a multivalued key is compared
 * @param ifExists whether a missing key makes the condition true
 * @param key the condition key as written
 * @param values the policy's values
 * @param line the line the key is written on
 */
public record Condition(String operator, ConditionOperator base, SetQualifier setQualifier, boolean ifExists,
		String key, List<String> values, int line) {

	/** {@code ForAnyValue:} and {@code ForAllValues:}, or neither for a single-valued key. */
	public enum SetQualifier {

		NONE, FOR_ANY_VALUE, FOR_ALL_VALUES

	}

	public Condition {
		values = List.copyOf(values);
	}

	/** Whether the condition holds for a request's context (keys in lower case). */
	public boolean holds(Map<String, List<String>> context) {
		List<String> present = context.get(this.key.toLowerCase(Locale.ROOT));
		boolean missing = (present == null) || present.isEmpty();
		if (this.base == ConditionOperator.NULL) {
			return this.values.stream().anyMatch((value) -> value.equalsIgnoreCase("true") == missing);
		}
		if (missing) {
			if (this.ifExists) {
				return true;
			}
			return switch (this.setQualifier) {
				case FOR_ALL_VALUES -> true;
				case FOR_ANY_VALUE -> false;
				case NONE -> this.base.negated();
			};
		}
		return switch (this.setQualifier) {
			case FOR_ALL_VALUES -> present.stream().allMatch(this::valueHolds);
			case FOR_ANY_VALUE -> present.stream().anyMatch(this::valueHolds);
			case NONE -> this.base.negated() ? present.stream().allMatch(this::valueHolds)
					: present.stream().anyMatch(this::valueHolds);
		};
	}

	private boolean valueHolds(String requestValue) {
		boolean anyMatch = this.values.stream().anyMatch((value) -> this.base.matches(value, requestValue));
		return this.base.negated() != anyMatch;
	}

}
