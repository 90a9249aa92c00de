package io.dirshare.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.dirshare.api.Validation.Reason;
import tools.jackson.databind.JsonNode;

/**
 * The one input validator of the API: checks an operation's JSON input against the operation's input
 * shape in the AWS service model, as AWS does before an operation runs. A value of the wrong JSON type
 * (a number where the model has a string, an object where it has a list, ...) is refused at once with
 * AWS's {@code SerializationException} wording, never coerced; every broken constraint (required
 * members, string lengths and patterns, enums, list sizes, numeric ranges, nested members) is collected
 * into one {@link Validation}. Members are named by their path in lowerCamelCase ({@code directoryIds},
 * {@code shareTarget.id}, {@code tags.1.member.key}); members the model does not know are ignored, as AWS
 * ignores them.
 */
final class ModelValidator {

	private final ServiceModel model;

	private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

	ModelValidator(ServiceModel model) {
		this.model = model;
	}

	/**
	 * @return the violations, empty when the input is valid
	 * @throws io.dirshare.core.AwsException {@code SerializationException} for a value of the wrong type
	 */
	Validation validate(String operation, JsonNode input) {
		Validation validation = new Validation();
		this.model.inputShape(operation).ifPresent((shape) -> structure(shape, input, "", false, validation));
		return validation;
	}

	private void structure(String shapeName, JsonNode value, String path, boolean sensitive, Validation validation) {
		JsonNode shape = this.model.shape(shapeName);
		boolean secret = sensitive || isSensitive(shape);
		Set<String> required = new LinkedHashSet<>();
		shape.path("required").forEach((name) -> required.add(name.asString()));
		for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
			String name = member.getKey();
			JsonNode memberValue = value.get(name);
			String memberPath = path.isEmpty() ? lowerCamelCase(name) : path + "." + lowerCamelCase(name);
			if (memberValue == null || memberValue.isNull()) {
				if (required.contains(name)) {
					validation.add(Reason.INPUT_REQUIRED, memberPath, "null", "Member must not be null");
				}
				continue;
			}
			member(member.getValue().path("shape").asString(), memberValue, memberPath, secret, validation);
		}
	}

	private void member(String shapeName, JsonNode value, String path, boolean sensitive, Validation validation) {
		JsonNode shape = this.model.shape(shapeName);
		boolean secret = sensitive || isSensitive(shape);
		String type = shape.path("type").asString();
		switch (type) {
			case "structure" -> {
				requireObject(value, "a Structure");
				structure(shapeName, value, path, secret, validation);
			}
			case "list" -> list(shape, value, path, secret, validation);
			case "map" -> map(shape, value, path, secret, validation);
			default -> {
				requireScalar(type, value);
				for (Check check : scalarChecks(shape, value)) {
					validation.add(check.reason(), path, secret ? null : shown(value), check.constraint());
				}
			}
		}
	}

	private void list(JsonNode shape, JsonNode value, String path, boolean secret, Validation validation) {
		if (value.isObject()) {
			throw ApiException.serialization("Start of structure or map found where not expected.");
		}
		if (!value.isArray()) {
			throw ApiException.serialization(token(value) + " can not be converted to a List");
		}
		sizeChecks(shape, value.size(), path, secret ? null : "'" + Validation.quoted(listText(value)) + "'",
				validation);
		String memberShapeName = shape.path("member").path("shape").asString();
		JsonNode memberShape = this.model.shape(memberShapeName);
		String memberType = memberShape.path("type").asString();
		boolean memberSecret = secret || isSensitive(memberShape);
		if (isScalar(memberType)) {
			// AWS reports a list of scalars as one violation naming the broken member constraints.
			Set<String> broken = new LinkedHashSet<>();
			for (JsonNode element : value) {
				if (element.isNull()) {
					broken.add("Member must not be null");
					continue;
				}
				requireScalar(memberType, element);
				scalarChecks(memberShape, element).forEach((check) -> broken.add(check.constraint()));
			}
			if (!broken.isEmpty()) {
				validation.add(Reason.INVALID_LIST_MEMBER, path,
						memberSecret ? null : "'" + Validation.quoted(listText(value)) + "'",
						"Member must satisfy constraint: [" + String.join(", ", broken) + "]");
			}
			return;
		}
		int index = 1;
		for (JsonNode element : value) {
			String elementPath = path + "." + index++ + ".member";
			if (element.isNull()) {
				validation.add(Reason.INPUT_REQUIRED, elementPath, "null", "Member must not be null");
				continue;
			}
			member(memberShapeName, element, elementPath, memberSecret, validation);
		}
	}

	private void map(JsonNode shape, JsonNode value, String path, boolean secret, Validation validation) {
		requireObject(value, "a Map");
		sizeChecks(shape, value.size(), path, secret ? null : "'" + Validation.quoted(value.toString()) + "'",
				validation);
		JsonNode keyShape = this.model.shape(shape.path("key").path("shape").asString());
		String valueShapeName = shape.path("value").path("shape").asString();
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			JsonNode key = ApiJson.MAPPER.getNodeFactory().stringNode(entry.getKey());
			for (Check check : scalarChecks(keyShape, key)) {
				validation.add(check.reason(), path + ".key", secret ? null : shown(key), check.constraint());
			}
			if (!entry.getValue().isNull()) {
				member(valueShapeName, entry.getValue(), path + "." + entry.getKey(), secret, validation);
			}
		}
	}

	private static void sizeChecks(JsonNode shape, int size, String path, String shown, Validation validation) {
		if (shape.has("min") && size < shape.path("min").asLong()) {
			validation.add(Reason.MIN_LENGTH_EXCEEDED, path, shown,
					"Member must have length greater than or equal to " + shape.path("min").asLong());
		}
		if (shape.has("max") && size > shape.path("max").asLong()) {
			validation.add(Reason.MAX_LENGTH_EXCEEDED, path, shown,
					"Member must have length less than or equal to " + shape.path("max").asLong());
		}
	}

	private record Check(Reason reason, String constraint) {
	}

	/** The constraints of a string or number shape that the value breaks, in the order AWS reports them. */
	private List<Check> scalarChecks(JsonNode shape, JsonNode value) {
		List<Check> broken = new ArrayList<>();
		if (value.isString()) {
			String text = value.asString();
			JsonNode allowed = shape.path("enum");
			if (allowed.isArray() && !contains(allowed, text)) {
				List<String> names = new ArrayList<>();
				allowed.forEach((name) -> names.add(name.asString()));
				broken.add(new Check(Reason.INVALID_ENUM, "Member must satisfy enum value set: " + names));
			}
			int length = text.codePointCount(0, text.length());
			if (shape.has("min") && length < shape.path("min").asLong()) {
				broken.add(new Check(Reason.MIN_LENGTH_EXCEEDED,
						"Member must have length greater than or equal to " + shape.path("min").asLong()));
			}
			if (shape.has("max") && length > shape.path("max").asLong()) {
				broken.add(new Check(Reason.MAX_LENGTH_EXCEEDED,
						"Member must have length less than or equal to " + shape.path("max").asLong()));
			}
			if (shape.has("pattern") && !pattern(shape.path("pattern").asString()).matcher(text).matches()) {
				broken.add(new Check(Reason.INVALID_PATTERN,
						"Member must satisfy regular expression pattern: " + shape.path("pattern").asString()));
			}
		}
		else if (value.isNumber()) {
			if (shape.has("min") && value.decimalValue().compareTo(shape.path("min").decimalValue()) < 0) {
				broken.add(new Check(Reason.MIN_VALUE_EXCEEDED,
						"Member must have value greater than or equal to " + shape.path("min").asLong()));
			}
			if (shape.has("max") && value.decimalValue().compareTo(shape.path("max").decimalValue()) > 0) {
				broken.add(new Check(Reason.MAX_VALUE_EXCEEDED,
						"Member must have value less than or equal to " + shape.path("max").asLong()));
			}
		}
		return broken;
	}

	/** Refuses a value whose JSON type is not the shape's, in AWS's words; nothing is coerced. */
	private static void requireScalar(String type, JsonNode value) {
		if (value.isObject()) {
			throw ApiException.serialization("Start of structure or map found where not expected.");
		}
		if (value.isArray()) {
			throw ApiException.serialization("Start of list found where not expected");
		}
		boolean fits = switch (type) {
			case "string", "blob" -> value.isString();
			case "integer" -> value.isIntegralNumber() && value.canConvertToInt();
			case "long" -> value.isIntegralNumber() && value.canConvertToLong();
			case "float", "double", "timestamp" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			default -> throw new IllegalStateException("Shape type " + type + " is not a scalar");
		};
		if (!fits) {
			throw ApiException.serialization(token(value) + " can not be converted to " + article(type));
		}
	}

	private static void requireObject(JsonNode value, String what) {
		if (value.isArray()) {
			throw ApiException.serialization("Start of list found where not expected");
		}
		if (!value.isObject()) {
			throw ApiException.serialization(token(value) + " can not be converted to " + what);
		}
	}

	private static boolean isScalar(String type) {
		return !type.equals("structure") && !type.equals("list") && !type.equals("map");
	}

	private static String token(JsonNode value) {
		if (value.isNumber()) {
			return "NUMBER_VALUE";
		}
		if (value.isBoolean()) {
			return "BOOLEAN_VALUE";
		}
		return "STRING_VALUE";
	}

	private static String article(String type) {
		return switch (type) {
			case "integer" -> "an Integer";
			case "long" -> "a Long";
			case "string" -> "a String";
			case "blob" -> "a Blob";
			case "boolean" -> "a Boolean";
			case "timestamp" -> "a Timestamp";
			case "float" -> "a Float";
			default -> "a Double";
		};
	}

	private static String shown(JsonNode value) {
		return "'" + Validation.quoted(value.isString() ? value.asString() : value.toString()) + "'";
	}

	/** A list as AWS prints it in a message: {@code [a, b]}. */
	private static String listText(JsonNode list) {
		List<String> items = new ArrayList<>();
		list.forEach((item) -> items.add(item.isString() ? item.asString() : item.toString()));
		return items.toString();
	}

	private static boolean contains(JsonNode values, String text) {
		for (JsonNode value : values) {
			if (value.asString().equals(text)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSensitive(JsonNode shape) {
		return shape.path("sensitive").asBoolean(false);
	}

	private Pattern pattern(String regex) {
		return this.patterns.computeIfAbsent(regex, Pattern::compile);
	}

	/** A member's name as AWS's messages spell it: {@code DirectoryIds} is {@code directoryIds}. */
	static String lowerCamelCase(String memberName) {
		return memberName.isEmpty() ? memberName
				: memberName.substring(0, 1).toLowerCase(Locale.ROOT) + memberName.substring(1);
	}

}
