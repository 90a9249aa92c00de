package io.dirshare.api;

import java.util.function.BiFunction;

import io.dirshare.core.Action;
import io.dirshare.core.Caller;

/**
 * One operation of an AWS service's JSON protocol: its target, the IAM action it needs, the record its
 * JSON input is read into, and the adapter that calls a service and returns the output record.
 */
record ApiOperation<I>(ApiService service, String name, Action action, Class<I> inputType,
		BiFunction<Caller, I, ?> adapter) {

	static <I> ApiOperation<I> of(ApiService service, String name, Action action, Class<I> inputType,
			BiFunction<Caller, I, ?> adapter) {
		if (!action.operation().equals(name)) {
			throw new IllegalArgumentException(name + " is not authorized by " + action);
		}
		return new ApiOperation<>(service, name, action, inputType, adapter);
	}

	String target() {
		return this.service.target(this.name);
	}

	Object invoke(Caller caller, I input) {
		return this.adapter.apply(caller, input);
	}

}
