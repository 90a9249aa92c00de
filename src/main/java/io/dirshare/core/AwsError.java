package io.dirshare.core;

import java.util.Map;

/**
 * An error as an AWS service names it on the wire ({@code __type}), with the kind of refusal the
 * portal shows for it. Every error dirshare raises is a constant of one catalogue:
 * {@link CommonError}, {@link DirectoryServiceError}, {@link OrganizationsError}, {@link IamError}.
 */
public interface AwsError {

	/** The AWS error shape's name, e.g. {@code DirectoryAlreadySharedException}. */
	String code();

	AwsException.Kind kind();

	default AwsException exception(String message) {
		return new AwsException(this, message, Map.of());
	}

	/**
	 * @param extraMembers members the AWS error shape carries beside the message, e.g. {@code Reason}
	 */
	default AwsException exception(String message, Map<String, String> extraMembers) {
		return new AwsException(this, message, extraMembers);
	}

}
