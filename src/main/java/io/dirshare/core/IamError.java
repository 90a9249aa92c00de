package io.dirshare.core;

import static io.dirshare.core.AwsException.Kind.CONFLICT;
import static io.dirshare.core.AwsException.Kind.INVALID;
import static io.dirshare.core.AwsException.Kind.NOT_FOUND;

/** The IAM errors of dirshare's users, access keys and policies (AWS IAM's names), besides {@link CommonError}. */
public enum IamError implements AwsError {

	DELETE_CONFLICT("DeleteConflict", CONFLICT),
	ENTITY_ALREADY_EXISTS("EntityAlreadyExists", CONFLICT),
	LIMIT_EXCEEDED("LimitExceeded", CONFLICT),
	MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocument", INVALID),
	NO_SUCH_ENTITY("NoSuchEntity", NOT_FOUND),
	PASSWORD_POLICY_VIOLATION("PasswordPolicyViolation", INVALID),
	VALIDATION_ERROR("ValidationError", INVALID);

	private final String code;

	private final AwsException.Kind kind;

	IamError(String code, AwsException.Kind kind) {
		this.code = code;
		this.kind = kind;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public AwsException.Kind kind() {
		return this.kind;
	}

}
