package io.dirshare.core;

import java.util.UUID;

import org.slf4j.MDC;

/**
 * The ID of the request being served: set in the logging context ({@link MDC}, key {@value #MDC_KEY}) for
 * the whole request by the request log, so every log line of a request carries it, and the AWS API
 * answers with the same ID as {@code x-amzn-RequestId}.
 */
public final class RequestIds {

	public static final String MDC_KEY = "requestId";

	private RequestIds() {
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** The current request's ID, or a new one outside a logged request (it then appears in no log line). */
	public static String current() {
		String id = MDC.get(MDC_KEY);
		return (id != null) ? id : newId();
	}

}
