package io.dirshare.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A policy's JSON read into a small tree that remembers the line of every value, so a refusal can
 * point at the line IAM's console would highlight. Duplicate keys are a syntax error, as in IAM.
 */
final class PolicyJson {

	static final String SYNTAX_ERRORS = "Syntax errors in policy.";

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private PolicyJson() {
	}

	sealed interface Node permits ObjectNode, ArrayNode, ValueNode {

		int line();

	}

	/** An object; {@code keyLines} holds the line each key is written on. */
	record ObjectNode(int line, Map<String, Node> fields, Map<String, Integer> keyLines) implements Node {

	}

	record ArrayNode(int line, List<Node> items) implements Node {

	}

	/** A string, number, boolean or null; {@code text} is null for JSON null. */
	record ValueNode(int line, String text, boolean string) implements Node {

	}

	static Node read(String json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new MalformedPolicyException(SYNTAX_ERRORS, 1);
			}
			Node root = readValue(parser);
			if (parser.nextToken() != null) {
				throw new MalformedPolicyException(SYNTAX_ERRORS, parser.currentTokenLocation().getLineNr());
			}
			return root;
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 1) : 0;
			throw new MalformedPolicyException(SYNTAX_ERRORS, line);
		}
	}

	private static Node readValue(JsonParser parser) {
		int line = parser.currentTokenLocation().getLineNr();
		JsonToken token = parser.currentToken();
		switch (token) {
			case START_OBJECT -> {
				Map<String, Node> fields = new LinkedHashMap<>();
				Map<String, Integer> keyLines = new LinkedHashMap<>();
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String key = parser.currentName();
					int keyLine = parser.currentTokenLocation().getLineNr();
					if (fields.containsKey(key)) {
						throw new MalformedPolicyException(SYNTAX_ERRORS, keyLine);
					}
					parser.nextToken();
					fields.put(key, readValue(parser));
					keyLines.put(key, keyLine);
				}
				return new ObjectNode(line, fields, keyLines);
			}
			case START_ARRAY -> {
				List<Node> items = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					items.add(readValue(parser));
				}
				return new ArrayNode(line, items);
			}
			case VALUE_STRING -> {
				return new ValueNode(line, parser.getString(), true);
			}
			case VALUE_NULL -> {
				return new ValueNode(line, null, false);
			}
			default -> {
				return new ValueNode(line, parser.getText(), false);
			}
		}
	}

}
