package io.dirshare.testcontrol;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The controls' JSON, written with nulls (an export has them) and in a stable order. */
final class TestControlsJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private TestControlsJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static JsonNode read(String body) {
		if (body == null || body.isBlank()) {
			return MAPPER.createObjectNode();
		}
		try {
			return MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw new TestControlException("InvalidJson", "The body is not JSON: " + ex.getOriginalMessage());
		}
	}

	static String error(String code, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("error", code);
		error.put("message", message);
		return write(error);
	}

}
