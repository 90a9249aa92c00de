package io.dirshare.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.AwsException;
import io.dirshare.core.TransactionRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The AWS query-protocol endpoint (STS): a signed form-encoded {@code POST /} without
 * {@code X-Amz-Target}, whose {@code Action} names the operation. Validates the input against the
 * service model like the JSON endpoint, calls the operation's adapter and answers in XML.
 */
@Controller
class AwsQueryApiController {

	private static final Logger log = LoggerFactory.getLogger(AwsQueryApiController.class);

	private final Map<String, ApiOperation<?>> operations = new HashMap<>();

	private final ServiceModels models;

	private final TransactionRetry retry;

	AwsQueryApiController(List<ApiOperations> services, ServiceModels models, TransactionRetry retry) {
		this.models = models;
		this.retry = retry;
		services.forEach((service) -> service.operations()
			.stream()
			.filter((operation) -> operation.service().isQueryProtocol())
			.forEach((operation) -> this.operations.put(operation.name(), operation)));
	}

	@PostMapping(path = ApiSecurityConfiguration.ENDPOINT_PATH, headers = "!" + ApiSecurityConfiguration.TARGET_HEADER)
	ResponseEntity<byte[]> handle(HttpServletRequest request) {
		ApiCall call = (ApiCall) request.getAttribute(ApiCall.ATTRIBUTE);
		if (call == null) {
			return error(ApiException.missingAuthenticationToken(), UUID.randomUUID().toString());
		}
		try {
			Map<String, String> form = QueryProtocol.parseForm(call.body());
			String action = form.get("Action");
			ApiOperation<?> operation = (action != null) ? this.operations.get(action) : null;
			if (operation == null || !QueryProtocol.STS_VERSION.equals(form.get("Version"))) {
				throw ApiException.invalidAction(action, form.get("Version"));
			}
			ObjectNode input = ApiJson.MAPPER.createObjectNode();
			form.forEach((name, value) -> {
				if (!name.equals("Action") && !name.equals("Version")) {
					input.put(name, value);
				}
			});
			Object result = invoke(operation, call, input);
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_TYPE, QueryProtocol.CONTENT_TYPE)
				.header(WireResponses.REQUEST_ID_HEADER, call.requestId())
				.body(QueryProtocol.result(operation.name(), result, call.requestId()));
		}
		catch (AwsException refused) {
			return error(refused, call.requestId());
		}
		catch (RuntimeException failure) {
			log.error("{} failed (request {})", call.target(), call.requestId(), failure);
			return error(ApiException.service(), call.requestId());
		}
	}

	private <I> Object invoke(ApiOperation<I> operation, ApiCall call, ObjectNode input) {
		this.models.check(operation, input);
		I typed;
		try {
			typed = ApiJson.MAPPER.treeToValue(input, operation.inputType());
		}
		catch (JacksonException ex) {
			throw ApiException.serialization("The request could not be read as the operation's input.");
		}
		// A call that lost a deadlock starts over on a new transaction instead of failing.
		return this.retry.run(() -> operation.invoke(call.caller(), typed));
	}

	private static ResponseEntity<byte[]> error(AwsException refusal, String requestId) {
		return ResponseEntity.status(WireResponses.status(refusal))
			.header(HttpHeaders.CONTENT_TYPE, QueryProtocol.CONTENT_TYPE)
			.header(WireResponses.REQUEST_ID_HEADER, requestId)
			.header(WireResponses.ERROR_TYPE_HEADER, refusal.errorCode())
			.body(QueryProtocol.error(refusal, requestId));
	}

}
