package io.dirshare.core;

import java.util.Map;

/**
 * A refusal by a dirshare service, named as AWS names it ({@code errorCode} is the AWS error shape,
 * e.g. {@code DirectoryAlreadySharedException}). The portal turns it into a page or a form message by
 * its {@link Kind}; the AWS API turns it into the wire error of the same name.
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

	private final String errorCode;

	private final Kind kind;

	private final Map<String, String> extraMembers;

	public AwsException(Kind kind, String errorCode, String message) {
		this(kind, errorCode, message, Map.of());
	}

	/**
	 * @param extraMembers members the AWS error shape carries beside the message, e.g. {@code Reason}
	 */
	public AwsException(Kind kind, String errorCode, String message, Map<String, String> extraMembers) {
		super(message);
		this.kind = kind;
		this.errorCode = errorCode;
		this.extraMembers = Map.copyOf(extraMembers);
	}

	public static AwsException invalid(String errorCode, String message) {
		return new AwsException(Kind.INVALID, errorCode, message);
	}

	public static AwsException notFound(String errorCode, String message) {
		return new AwsException(Kind.NOT_FOUND, errorCode, message);
	}

	public static AwsException conflict(String errorCode, String message) {
		return new AwsException(Kind.CONFLICT, errorCode, message);
	}

	public static AwsException accessDenied(String message) {
		return new AwsException(Kind.FORBIDDEN, "AccessDeniedException", message);
	}

	public String errorCode() {
		return this.errorCode;
	}

	public Kind kind() {
		return this.kind;
	}

	public Map<String, String> extraMembers() {
		return this.extraMembers;
	}

}
