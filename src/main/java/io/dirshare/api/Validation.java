package io.dirshare.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dirshare.core.AwsError;
import io.dirshare.core.AwsException;
import io.dirshare.core.Echo;

/**
 * The constraint violations of one request, collected by {@link ModelValidator} and reported as AWS
 * reports them: {@code 2 validation errors detected: Value 'abc' at 'directoryId' failed to satisfy
 * constraint: Member must satisfy regular expression pattern: ^d-[0-9a-f]{10}$; Value null at 'name'
 * failed to satisfy constraint: Member must not be null}. Values are quoted by a short prefix only and
 * never for a {@code sensitive} shape.
 */
final class Validation {

	static final int QUOTED_MAX_LENGTH = Echo.MAX_LENGTH;

	/** What a violation broke; Organizations names it in the error's {@code Reason} member. */
	enum Reason {

		INPUT_REQUIRED, INVALID_PATTERN, MIN_LENGTH_EXCEEDED, MAX_LENGTH_EXCEEDED, MIN_VALUE_EXCEEDED,
		MAX_VALUE_EXCEEDED, INVALID_ENUM, INVALID_LIST_MEMBER

	}

	/** One broken constraint: the member's path, the value as the message may show it, and the rule. */
	record Violation(Reason reason, String path, String shownValue, String constraint) {

		String message() {
			String value = (this.shownValue != null) ? "Value " + this.shownValue + " at '" : "Value at '";
			return value + this.path + "' failed to satisfy constraint: " + this.constraint;
		}

	}

	private final List<Violation> violations = new ArrayList<>();

	void add(Reason reason, String path, String shownValue, String constraint) {
		this.violations.add(new Violation(reason, path, shownValue, constraint));
	}

	List<Violation> violations() {
		return List.copyOf(this.violations);
	}

	boolean isEmpty() {
		return this.violations.isEmpty();
	}

	String message() {
		int count = this.violations.size();
		List<String> messages = this.violations.stream().map(Violation::message).toList();
		return count + " validation error" + ((count == 1) ? "" : "s") + " detected: " + String.join("; ", messages);
	}

	/**
	 * The refusal, as the service words it: with {@code withReason} (Organizations) the first
	 * violation's reason travels in the error's {@code Reason} member.
	 */
	AwsException refusal(AwsError error, boolean withReason) {
		if (withReason) {
			return error.exception(message(), Map.of("Reason", this.violations.get(0).reason().name()));
		}
		return error.exception(message());
	}

	/** A value as the message quotes it: a long one only by its first characters. */
	static String quoted(Object value) {
		return Echo.of(value);
	}

}
