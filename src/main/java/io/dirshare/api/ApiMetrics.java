package io.dirshare.api;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Times every AWS API call, refused ones included, as {@value #NAME} tagged with the service's signing
 * name, the operation and the outcome: {@code Success} or the AWS error code it was answered with. An
 * {@code X-Amz-Target} that names no operation is tagged {@code unknown}, so callers cannot make
 * new time series at will.
 */
@Component
class ApiMetrics {

	static final String NAME = "dirshare.api.calls";

	static final String SUCCESS = "Success";

	static final String UNKNOWN = "unknown";

	private final MeterRegistry registry;

	private final Map<String, ApiOperation<?>> operations = new HashMap<>();

	ApiMetrics(MeterRegistry registry, List<ApiOperations> services) {
		this.registry = registry;
		services.forEach((service) -> service.operations()
			.forEach((operation) -> this.operations.put(operation.target(), operation)));
	}

	/** @param errorCode the {@code x-amzn-ErrorType} answered, or null for a success */
	void record(String target, String errorCode, Duration duration) {
		ApiOperation<?> operation = (target != null) ? this.operations.get(target) : null;
		Timer.builder(NAME)
			.description("AWS API calls by operation and outcome")
			.tag("service", (operation != null) ? operation.service().signingName() : UNKNOWN)
			.tag("operation", (operation != null) ? operation.name() : UNKNOWN)
			.tag("outcome", (errorCode != null) ? errorCode : SUCCESS)
			.register(this.registry)
			.record(duration);
	}

}
