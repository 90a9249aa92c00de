package io.dirshare.api;

import java.util.EnumMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The AWS service models of every service dirshare speaks, loaded once, and the check every operation's
 * input passes before its adapter reads it: {@link ModelValidator} against the operation's input shape,
 * refused with the service's validation error ({@code InvalidParameterException} for the Directory
 * Service, {@code InvalidInputException} with a {@code Reason} for Organizations, {@code ValidationError}
 * for STS).
 */
@Component
class ServiceModels {

	private final Map<ApiService, ServiceModel> models = new EnumMap<>(ApiService.class);

	private final Map<ApiService, ModelValidator> validators = new EnumMap<>(ApiService.class);

	ServiceModels() {
		for (ApiService service : ApiService.values()) {
			ServiceModel model = ServiceModel.load(service.modelResource());
			this.models.put(service, model);
			this.validators.put(service, new ModelValidator(model));
		}
	}

	ServiceModel model(ApiService service) {
		return this.models.get(service);
	}

	/** Refuses at start-up an adapter for an operation the service's model does not define. */
	void requireDefined(ApiOperation<?> operation) {
		if (!model(operation.service()).hasOperation(operation.name())) {
			throw new IllegalStateException(operation.target() + " is not an operation of its service model");
		}
	}

	/**
	 * @throws io.dirshare.core.AwsException {@code SerializationException} for a value of the wrong JSON
	 * type, the service's validation error for broken constraints
	 */
	void check(ApiOperation<?> operation, JsonNode input) {
		ApiService service = operation.service();
		Validation validation = this.validators.get(service).validate(operation.name(), input);
		if (!validation.isEmpty()) {
			throw validation.refusal(service.validationError(), service.validationHasReason());
		}
	}

}
