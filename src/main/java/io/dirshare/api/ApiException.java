package io.dirshare.api;

import io.dirshare.core.AwsError;
import io.dirshare.core.AwsException;
import io.dirshare.core.CommonError;

/** Refusals of the protocol itself (authentication, serialization, dispatch), named as AWS names them. */
final class ApiException {

	/** The errors of the AWS JSON protocol that every service shares. */
	enum ProtocolError implements AwsError {

		MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException"),
		INCOMPLETE_SIGNATURE("IncompleteSignatureException"),
		UNRECOGNIZED_CLIENT("UnrecognizedClientException"),
		INVALID_SIGNATURE("InvalidSignatureException"),
		SERIALIZATION("SerializationException"),
		UNKNOWN_OPERATION("UnknownOperationException"),
		/** The query protocol's name for an Action it does not know. */
		INVALID_ACTION("InvalidAction");

		private final String code;

		ProtocolError(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return this.code;
		}

		@Override
		public AwsException.Kind kind() {
			return AwsException.Kind.INVALID;
		}

	}

	private ApiException() {
	}

	static AwsException missingAuthenticationToken() {
		return ProtocolError.MISSING_AUTHENTICATION_TOKEN.exception("Request is missing Authentication Token");
	}

	static AwsException incompleteSignature(String message) {
		return ProtocolError.INCOMPLETE_SIGNATURE.exception(message);
	}

	static AwsException unrecognizedClient() {
		return ProtocolError.UNRECOGNIZED_CLIENT.exception("The security token included in the request is invalid.");
	}

	static AwsException invalidSignature(String message) {
		return ProtocolError.INVALID_SIGNATURE.exception(message);
	}

	static AwsException signatureDoesNotMatch() {
		return invalidSignature("The request signature we calculated does not match the signature you provided. "
				+ "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
	}

	static AwsException serialization(String message) {
		return ProtocolError.SERIALIZATION.exception(message);
	}

	/** @param target the operation asked for, quoted by a short prefix only */
	static AwsException unknownOperation(String target) {
		return ProtocolError.UNKNOWN_OPERATION.exception((target == null || target.isBlank())
				? "The request names no operation." : "Operation " + Validation.quoted(target)
						+ " is not supported by this endpoint.");
	}

	static AwsException invalidAction(String action, String version) {
		return ProtocolError.INVALID_ACTION.exception("Could not find operation " + Validation.quoted(action)
				+ " for version " + Validation.quoted(version));
	}

	static AwsException concurrentModification() {
		return CommonError.CONCURRENT_MODIFICATION
			.exception("The target of the operation is currently being modified by a different request. Try again later.");
	}

	static AwsException service() {
		return CommonError.SERVICE.exception("An internal error occurred. Try again later.");
	}

}
