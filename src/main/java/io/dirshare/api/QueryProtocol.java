package io.dirshare.api;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.dirshare.core.AwsException;
import tools.jackson.databind.JsonNode;

/**
 * The AWS query protocol, as STS speaks it: a form-encoded {@code POST /} whose {@code Action} and
 * {@code Version} name the operation, answered in XML ({@code <OperationResponse><OperationResult>…}) or
 * with {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>}.
 */
final class QueryProtocol {

	static final String CONTENT_TYPE = "text/xml";

	static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

	static final String STS_VERSION = "2011-06-15";

	private QueryProtocol() {
	}

	/** The form's parameters; a name given twice keeps its first value. */
	static Map<String, String> parseForm(byte[] body) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String form = new String(body, StandardCharsets.UTF_8);
		for (String pair : form.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			parameters.putIfAbsent(name, value);
		}
		return parameters;
	}

	/** The operation's result: its members as elements, in the operation's result wrapper. */
	static byte[] result(String operation, Object result, String requestId) {
		JsonNode members = ApiJson.MAPPER.valueToTree(result);
		StringBuilder xml = new StringBuilder();
		xml.append("<").append(operation).append("Response xmlns=\"").append(STS_NAMESPACE).append("\">");
		xml.append("<").append(operation).append("Result>");
		elements(members, xml);
		xml.append("</").append(operation).append("Result>");
		xml.append("<ResponseMetadata><RequestId>").append(escape(requestId)).append("</RequestId></ResponseMetadata>");
		xml.append("</").append(operation).append("Response>");
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] error(AwsException refusal, String requestId) {
		StringBuilder xml = new StringBuilder();
		xml.append("<ErrorResponse xmlns=\"").append(STS_NAMESPACE).append("\"><Error>");
		xml.append("<Type>").append((refusal.kind() == AwsException.Kind.INTERNAL) ? "Receiver" : "Sender").append("</Type>");
		xml.append("<Code>").append(escape(refusal.errorCode())).append("</Code>");
		if (refusal.getMessage() != null) {
			xml.append("<Message>").append(escape(refusal.getMessage())).append("</Message>");
		}
		xml.append("</Error><RequestId>").append(escape(requestId)).append("</RequestId></ErrorResponse>");
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	static void writeError(HttpServletResponse response, AwsException refusal, String requestId) throws IOException {
		byte[] body = error(refusal, requestId);
		response.setStatus(WireResponses.status(refusal));
		response.setContentType(CONTENT_TYPE);
		response.setHeader(WireResponses.REQUEST_ID_HEADER, requestId);
		response.setHeader(WireResponses.ERROR_TYPE_HEADER, refusal.errorCode());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static void elements(JsonNode node, StringBuilder xml) {
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			xml.append("<").append(member.getKey()).append(">");
			JsonNode value = member.getValue();
			if (value.isObject()) {
				elements(value, xml);
			}
			else if (value.isArray()) {
				for (JsonNode item : value) {
					xml.append("<member>");
					if (item.isObject()) {
						elements(item, xml);
					}
					else {
						xml.append(escape(item.asString()));
					}
					xml.append("</member>");
				}
			}
			else {
				xml.append(escape(value.asString()));
			}
			xml.append("</").append(member.getKey()).append(">");
		}
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			throw ApiException.serialization("The request body is not a valid form.");
		}
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
