package io.dirshare.core;

import static io.dirshare.core.AwsException.Kind.CONFLICT;
import static io.dirshare.core.AwsException.Kind.INVALID;
import static io.dirshare.core.AwsException.Kind.NOT_FOUND;

/** The AWS Directory Service errors dirshare raises (botocore model {@code ds/2015-04-16}), besides {@link CommonError}. */
public enum DirectoryServiceError implements AwsError {

	CLIENT("ClientException", CONFLICT),
	DIRECTORY_ALREADY_IN_REGION("DirectoryAlreadyInRegionException", CONFLICT),
	DIRECTORY_ALREADY_SHARED("DirectoryAlreadySharedException", CONFLICT),
	DIRECTORY_DOES_NOT_EXIST("DirectoryDoesNotExistException", NOT_FOUND),
	DIRECTORY_LIMIT_EXCEEDED("DirectoryLimitExceededException", CONFLICT),
	DIRECTORY_NOT_SHARED("DirectoryNotSharedException", CONFLICT),
	DIRECTORY_UNAVAILABLE("DirectoryUnavailableException", CONFLICT),
	DOMAIN_CONTROLLER_LIMIT_EXCEEDED("DomainControllerLimitExceededException", CONFLICT),
	ENTITY_ALREADY_EXISTS("EntityAlreadyExistsException", CONFLICT),
	ENTITY_DOES_NOT_EXIST("EntityDoesNotExistException", NOT_FOUND),
	INVALID_NEXT_TOKEN("InvalidNextTokenException", INVALID),
	INVALID_PARAMETER("InvalidParameterException", INVALID),
	INVALID_TARGET("InvalidTargetException", INVALID),
	ORGANIZATIONS("OrganizationsException", CONFLICT),
	REGION_LIMIT_EXCEEDED("RegionLimitExceededException", CONFLICT),
	SHARE_LIMIT_EXCEEDED("ShareLimitExceededException", CONFLICT),
	TAG_LIMIT_EXCEEDED("TagLimitExceededException", CONFLICT),
	UNSUPPORTED_OPERATION("UnsupportedOperationException", INVALID);

	private final String code;

	private final AwsException.Kind kind;

	DirectoryServiceError(String code, AwsException.Kind kind) {
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
