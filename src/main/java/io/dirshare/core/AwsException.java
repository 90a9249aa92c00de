package io.dirshare.core;

import java.util.Map;

/**
 * A refusal by a dirshare service, named by an {@link AwsError} of one of the catalogues (its code is
 * the AWS error shape, e.g. {@code DirectoryAlreadySharedException}) and a message for people. The
 * portal turns it into a page or a form message by its {@link Kind}; the AWS API turns it into the wire
 * error of the same name.
 */
public class AwsException extends RuntimeException {

	public enum Kind {

		/** Bad input; the portal answers 400 or shows the message beside the form. */
		INVALID(400),
		/** The object does not exist, or is not visible to the caller. */
		NOT_FOUND(404),
		/** The caller may not do this. */
		FORBIDDEN(403),
		/** The object's state does not allow it (already shared, not open, ...). */
		CONFLICT(409),
		/** An internal failure; the only kind the API answers with HTTP 500. */
		INTERNAL(500);

		private final int httpStatus;

		Kind(int httpStatus) {
			this.httpStatus = httpStatus;
		}

		public int httpStatus() {
			return this.httpStatus;
		}

	}

	private final AwsError error;

	private final Map<String, String> extraMembers;

	/**
	 * @param extraMembers members the AWS error shape carries beside the message, e.g. {@code Reason}
	 */
	public AwsException(AwsError error, String message, Map<String, String> extraMembers) {
		super(message);
		this.error = error;
		this.extraMembers = Map.copyOf(extraMembers);
	}

	public static AwsException accessDenied(String message) {
		return CommonError.ACCESS_DENIED.exception(message);
	}

	public AwsError error() {
		return this.error;
	}

	public String errorCode() {
		return this.error.code();
	}

	public Kind kind() {
		return this.error.kind();
	}

	/**
	 * Whether a page shows this refusal beside the form that caused it (bad input, or a state that does
	 * not allow the change) rather than as an error page of its own (not found, access denied, failure).
	 * The one rule every portal controller follows.
	 */
	public boolean isFormError() {
		return kind() == Kind.INVALID || kind() == Kind.CONFLICT;
	}

	public Map<String, String> extraMembers() {
		return this.extraMembers;
	}

}
