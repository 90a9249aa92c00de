package io.dirshare.api;

import java.util.Map;

import io.dirshare.core.AwsException;

/** Refusals of the protocol itself (authentication, serialization, validation), named as AWS names them. */
final class ApiException {

	private ApiException() {
	}

	static AwsException of(String errorCode, String message) {
		return new AwsException(AwsException.Kind.INVALID, errorCode, message, Map.of());
	}

	static AwsException missingAuthenticationToken() {
		return of("MissingAuthenticationTokenException", "Request is missing Authentication Token");
	}

	static AwsException incompleteSignature(String message) {
		return of("IncompleteSignatureException", message);
	}

	static AwsException unrecognizedClient() {
		return of("UnrecognizedClientException", "The security token included in the request is invalid.");
	}

	static AwsException invalidSignature(String message) {
		return of("InvalidSignatureException", message);
	}

	static AwsException signatureDoesNotMatch() {
		return invalidSignature("The request signature we calculated does not match the signature you provided. "
				+ "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
	}

	static AwsException serialization(String message) {
		return of("SerializationException", message);
	}

	static AwsException unknownOperation() {
		return of("UnknownOperationException", null);
	}

	static AwsException service() {
		return new AwsException(AwsException.Kind.INTERNAL, "ServiceException",
				"An internal error occurred. Try again later.");
	}

}
