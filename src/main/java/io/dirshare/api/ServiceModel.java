package io.dirshare.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One AWS service model as botocore ships it ({@code aws-models/*.json}, see the NOTICE there): its
 * operations with their input, output and error shapes, and every shape with its constraints. dirshare
 * reads it to validate input as AWS does, so the model, not hand-written checks, says what a valid
 * request is.
 */
final class ServiceModel {

	private final JsonNode model;

	private ServiceModel(JsonNode model) {
		this.model = model;
	}

	static ServiceModel load(String resource) {
		try (InputStream in = ServiceModel.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No service model " + resource + " on the classpath");
			}
			return new ServiceModel(ApiJson.MAPPER.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String protocol() {
		return this.model.path("metadata").path("protocol").asString();
	}

	boolean hasOperation(String operation) {
		return this.model.path("operations").has(operation);
	}

	/** The name of the operation's input shape, if it has one. */
	Optional<String> inputShape(String operation) {
		return shapeOf(operation, "input");
	}

	Optional<String> outputShape(String operation) {
		return shapeOf(operation, "output");
	}

	/** The error shapes the model lists for the operation. */
	List<String> errors(String operation) {
		List<String> errors = new ArrayList<>();
		operation(operation).path("errors").forEach((error) -> errors.add(error.path("shape").asString()));
		return errors;
	}

	/** A shape by name: {@code type}, constraints ({@code min}, {@code max}, {@code pattern}, {@code enum}, ...), members. */
	JsonNode shape(String name) {
		JsonNode shape = this.model.path("shapes").path(name);
		if (shape.isMissingNode()) {
			throw new IllegalStateException("The model has no shape " + name);
		}
		return shape;
	}

	private Optional<String> shapeOf(String operation, String part) {
		JsonNode shape = operation(operation).path(part).path("shape");
		return shape.isMissingNode() ? Optional.empty() : Optional.of(shape.asString());
	}

	private JsonNode operation(String operation) {
		JsonNode node = this.model.path("operations").path(operation);
		if (node.isMissingNode()) {
			throw new IllegalStateException("The model has no operation " + operation);
		}
		return node;
	}

}
