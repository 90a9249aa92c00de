package io.dirshare.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.dirshare.core.AwsException;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;
import io.dirshare.core.OrganizationsError;

/**
 * The service model's constraints on an input (required, length, pattern, range, enum), checked before
 * the service is called and reported as AWS words them:
 * {@code 1 validation error detected: Value 'abc' at 'directoryId' failed to satisfy constraint: Member
 * must satisfy regular expression pattern: ^d-[0-9a-f]{10}$}. These are shapes of the protocol, not
 * business rules.
 */
final class Validation {

	static final int QUOTED_MAX_LENGTH = Echo.MAX_LENGTH;

	private final List<String> errors = new ArrayList<>();

	private String firstReason;

	Validation required(String member, Object value) {
		if (value == null) {
			add("INPUT_REQUIRED", "Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
		}
		return this;
	}

	Validation pattern(String member, String value, String regex) {
		if (value != null && !Pattern.matches(regex, value)) {
			add("INVALID_PATTERN", "Value '" + quoted(value) + "' at '" + member
					+ "' failed to satisfy constraint: Member must satisfy regular expression pattern: " + regex);
		}
		return this;
	}

	Validation eachPattern(String member, Collection<String> values, String regex) {
		if (values != null && values.stream().anyMatch((value) -> value == null || !Pattern.matches(regex, value))) {
			add("INVALID_PATTERN", "Value '" + quoted(values) + "' at '" + member
					+ "' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy regular expression pattern: "
					+ regex + "]");
		}
		return this;
	}

	Validation length(String member, String value, int min, int max) {
		if (value != null && value.length() < min) {
			add("MIN_LENGTH_EXCEEDED", "Value '" + quoted(value) + "' at '" + member
					+ "' failed to satisfy constraint: Member must have length greater than or equal to " + min);
		}
		if (value != null && value.length() > max) {
			add("MAX_LENGTH_EXCEEDED", "Value '" + quoted(value) + "' at '" + member
					+ "' failed to satisfy constraint: Member must have length less than or equal to " + max);
		}
		return this;
	}

	Validation range(String member, Integer value, int min, int max) {
		if (value != null && value < min) {
			add("MIN_VALUE_EXCEEDED", "Value '" + value + "' at '" + member
					+ "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
		}
		if (value != null && value > max) {
			add("MAX_VALUE_EXCEEDED", "Value '" + value + "' at '" + member
					+ "' failed to satisfy constraint: Member must have value less than or equal to " + max);
		}
		return this;
	}

	Validation oneOf(String member, String value, Collection<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			add("INVALID_ENUM", "Value '" + quoted(value) + "' at '" + member
					+ "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
		}
		return this;
	}

	Validation size(String member, Collection<?> values, int min, int max) {
		if (values != null && values.size() < min) {
			add("MIN_LENGTH_EXCEEDED", "Value '" + quoted(values) + "' at '" + member
					+ "' failed to satisfy constraint: Member must have length greater than or equal to " + min);
		}
		if (values != null && values.size() > max) {
			add("MAX_LENGTH_EXCEEDED", "Value '" + quoted(values) + "' at '" + member
					+ "' failed to satisfy constraint: Member must have length less than or equal to " + max);
		}
		return this;
	}

	/**
	 * Directory Service: reported as {@code InvalidParameterException}, the modeled error the SDKs raise
	 * typed, as the directory and sharing services word their own checks.
	 */
	void check() {
		if (!this.errors.isEmpty()) {
			throw DirectoryServiceError.INVALID_PARAMETER.exception(message());
		}
	}

	/** Organizations reports them as {@code InvalidInputException} with the first violation's Reason. */
	void checkAsInvalidInput() {
		if (!this.errors.isEmpty()) {
			throw OrganizationsError.INVALID_INPUT.exception(message(),
					Map.of("Reason", this.firstReason));
		}
	}

	private String message() {
		int count = this.errors.size();
		return count + " validation error" + ((count == 1) ? "" : "s") + " detected: " + String.join("; ", this.errors);
	}

	/** A value as the message quotes it: a long one only by its first characters. */
	static String quoted(Object value) {
		return Echo.of(value);
	}

	private void add(String reason, String error) {
		if (this.firstReason == null) {
			this.firstReason = reason;
		}
		this.errors.add(error);
	}

}
