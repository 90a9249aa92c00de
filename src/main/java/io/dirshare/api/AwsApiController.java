package io.dirshare.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.RequestIds;
import io.dirshare.core.TransactionRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The AWS JSON 1.1 endpoint: dispatches a verified request by its {@code X-Amz-Target} to the
 * operation's adapter and writes the result or the wire error. The services the adapters call
 * authorize and audit, exactly as for the portal.
 */
@Controller
class AwsApiController {

	private static final Logger log = LoggerFactory.getLogger(AwsApiController.class);

	private final Map<String, ApiOperation<?>> operations = new HashMap<>();

	private final ServiceModels models;

	private final TransactionRetry retry;

	AwsApiController(List<ApiOperations> services, ServiceModels models, TransactionRetry retry) {
		this.models = models;
		this.retry = retry;
		services.forEach((service) -> service.operations().forEach((operation) -> {
			models.requireDefined(operation);
			if (this.operations.put(operation.target(), operation) != null) {
				throw new IllegalStateException("Two adapters for " + operation.target());
			}
		}));
	}

	@RequestMapping(path = ApiSecurityConfiguration.ENDPOINT_PATH, headers = ApiSecurityConfiguration.TARGET_HEADER)
	ResponseEntity<byte[]> handle(HttpServletRequest request) {
		ApiCall call = (ApiCall) request.getAttribute(ApiCall.ATTRIBUTE);
		if (call == null) {
			return error(ApiException.missingAuthenticationToken(), RequestIds.current());
		}
		try {
			if (!"POST".equals(request.getMethod())) {
				throw ApiException.unknownOperation(request.getMethod() + " " + call.target());
			}
			Object result = dispatch(call);
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_TYPE, ApiJson.CONTENT_TYPE)
				.header(WireResponses.REQUEST_ID_HEADER, call.requestId())
				.body(ApiJson.MAPPER.writeValueAsBytes((result != null) ? result : Map.of()));
		}
		catch (AwsException refused) {
			return error(refused, call.requestId());
		}
		catch (OptimisticLockingFailureException concurrent) {
			return error(ApiException.concurrentModification(), call.requestId());
		}
		catch (RuntimeException failure) {
			log.error("{} failed (request {})", call.target(), call.requestId(), failure);
			return error(ApiException.service(), call.requestId());
		}
	}

	private Object dispatch(ApiCall call) {
		ApiOperation<?> operation = this.operations.get(call.target());
		if (operation == null) {
			throw ApiException.unknownOperation(call.target());
		}
		// Authorization is the service's, as for the portal: each operation's service method requires its action.
		return invoke(operation, call.caller(), parse(call.body()));
	}

	private <I> Object invoke(ApiOperation<I> operation, Caller caller, JsonNode input) {
		this.models.check(operation, input);
		I typed;
		try {
			typed = ApiJson.MAPPER.treeToValue(input, operation.inputType());
		}
		catch (JacksonException ex) {
			throw ApiException.serialization("The request body could not be read as the operation's input.");
		}
		// A call that lost a deadlock starts over on a new transaction instead of failing.
		return this.retry.run(() -> operation.invoke(caller, typed));
	}

	private static JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return ApiJson.MAPPER.createObjectNode();
		}
		JsonNode input;
		try {
			input = ApiJson.MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiException.serialization(describe(ex));
		}
		if (input == null || !input.isObject()) {
			throw ApiException.serialization("The request body must be a JSON object.");
		}
		return input;
	}

	/** Where the JSON broke, without echoing the request back or naming a Java class. */
	private static String describe(JacksonException ex) {
		return (ex.getLocation() != null) ? "Malformed JSON at line " + ex.getLocation().getLineNr() + ", column "
				+ ex.getLocation().getColumnNr() + "." : "Malformed JSON.";
	}

	private static ResponseEntity<byte[]> error(AwsException refusal, String requestId) {
		return ResponseEntity.status(WireResponses.status(refusal))
			.header(HttpHeaders.CONTENT_TYPE, ApiJson.CONTENT_TYPE)
			.header(WireResponses.REQUEST_ID_HEADER, requestId)
			.header(WireResponses.ERROR_TYPE_HEADER, refusal.errorCode())
			.body(WireResponses.errorBody(refusal, requestId));
	}

}
