package io.dirshare.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.dirshare.core.AwsException;

/** Writes AWS JSON 1.1 answers: the result, or {@code {"__type","Message",...}} with its headers. */
final class WireResponses {

	static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

	static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

	private WireResponses() {
	}

	/** HTTP 400 for every refusal; 500 only for an internal failure ({@code ServiceException}). */
	static int status(AwsException refusal) {
		return (refusal.kind() == AwsException.Kind.INTERNAL) ? 500 : 400;
	}

	static byte[] errorBody(AwsException refusal, String requestId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("__type", refusal.errorCode());
		if (refusal.getMessage() != null) {
			body.put("Message", refusal.getMessage());
		}
		refusal.extraMembers().forEach(body::putIfAbsent);
		body.put("RequestId", requestId);
		return ApiJson.MAPPER.writeValueAsBytes(body);
	}

	static void writeError(HttpServletResponse response, AwsException refusal, String requestId) throws IOException {
		byte[] body = errorBody(refusal, requestId);
		response.setStatus(status(refusal));
		response.setContentType(ApiJson.CONTENT_TYPE);
		response.setHeader(REQUEST_ID_HEADER, requestId);
		response.setHeader(ERROR_TYPE_HEADER, refusal.errorCode());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
