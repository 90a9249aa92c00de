package io.dirshare.core;

import static io.dirshare.core.AwsException.Kind.CONFLICT;
import static io.dirshare.core.AwsException.Kind.INVALID;
import static io.dirshare.core.AwsException.Kind.NOT_FOUND;

/** The AWS Organizations errors dirshare raises (botocore model {@code organizations/2016-11-28}), besides {@link CommonError}. */
public enum OrganizationsError implements AwsError {

	NOT_IN_USE("AWSOrganizationsNotInUseException", INVALID),
	ACCOUNT_NOT_FOUND("AccountNotFoundException", NOT_FOUND),
	ALREADY_IN_ORGANIZATION("AlreadyInOrganizationException", CONFLICT),
	CHILD_NOT_FOUND("ChildNotFoundException", NOT_FOUND),
	CONSTRAINT_VIOLATION("ConstraintViolationException", CONFLICT),
	CREATE_ACCOUNT_STATUS_NOT_FOUND("CreateAccountStatusNotFoundException", NOT_FOUND),
	DUPLICATE_ACCOUNT("DuplicateAccountException", CONFLICT),
	DUPLICATE_HANDSHAKE("DuplicateHandshakeException", CONFLICT),
	DUPLICATE_POLICY("DuplicatePolicyException", CONFLICT),
	DUPLICATE_POLICY_ATTACHMENT("DuplicatePolicyAttachmentException", CONFLICT),
	HANDSHAKE_ALREADY_IN_STATE("HandshakeAlreadyInStateException", CONFLICT),
	HANDSHAKE_CONSTRAINT_VIOLATION("HandshakeConstraintViolationException", CONFLICT),
	HANDSHAKE_NOT_FOUND("HandshakeNotFoundException", NOT_FOUND),
	INVALID_HANDSHAKE_TRANSITION("InvalidHandshakeTransitionException", CONFLICT),
	INVALID_INPUT("InvalidInputException", INVALID),
	MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocumentException", INVALID),
	MASTER_CANNOT_LEAVE_ORGANIZATION("MasterCannotLeaveOrganizationException", CONFLICT),
	ORGANIZATION_NOT_EMPTY("OrganizationNotEmptyException", CONFLICT),
	PARENT_NOT_FOUND("ParentNotFoundException", NOT_FOUND),
	POLICY_IN_USE("PolicyInUseException", CONFLICT),
	POLICY_NOT_ATTACHED("PolicyNotAttachedException", CONFLICT),
	POLICY_NOT_FOUND("PolicyNotFoundException", NOT_FOUND),
	POLICY_TYPE_ALREADY_ENABLED("PolicyTypeAlreadyEnabledException", CONFLICT),
	POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION("PolicyTypeNotAvailableForOrganizationException", CONFLICT),
	POLICY_TYPE_NOT_ENABLED("PolicyTypeNotEnabledException", CONFLICT),
	ROOT_NOT_FOUND("RootNotFoundException", NOT_FOUND),
	TARGET_NOT_FOUND("TargetNotFoundException", NOT_FOUND);

	private final String code;

	private final AwsException.Kind kind;

	OrganizationsError(String code, AwsException.Kind kind) {
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
