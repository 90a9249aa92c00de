package io.dirshare.api;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AWS JSON 1.1 body conventions: members in UpperCamelCase (so a record component
 * {@code sharedDirectoryId} is the member {@code SharedDirectoryId}), absent members omitted, members a
 * client sends that dirshare does not know ignored, timestamps as epoch seconds (JSON numbers).
 */
final class ApiJson {

	static final String CONTENT_TYPE = "application/x-amz-json-1.1";

	static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ApiJson() {
	}

	/** An instant as AWS JSON writes timestamps: seconds since the epoch, with milliseconds. */
	static BigDecimal epochSeconds(Instant instant) {
		return (instant != null) ? BigDecimal.valueOf(instant.toEpochMilli(), 3) : null;
	}

}
