package io.dirshare.api;

import java.util.Arrays;
import java.util.Optional;

import io.dirshare.core.AwsError;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.IamError;
import io.dirshare.core.OrganizationsError;

/**
 * The AWS services dirshare speaks: their {@code X-Amz-Target} prefix (JSON protocol) or none (query
 * protocol), SigV4 signing name, service model, and the error that reports an input the model refuses.
 */
enum ApiService {

	DIRECTORY_SERVICE("DirectoryService_20150416", "ds", true, "aws-models/ds-2015-04-16.json",
			DirectoryServiceError.INVALID_PARAMETER),
	ORGANIZATIONS("AWSOrganizationsV20161128", "organizations", false, "aws-models/organizations-2016-11-28.json",
			OrganizationsError.INVALID_INPUT),
	/** The Security Token Service speaks the AWS query protocol: form-encoded POSTs, XML answers. */
	STS(null, "sts", false, "aws-models/sts-2011-06-15.json", IamError.VALIDATION_ERROR);

	private final String targetPrefix;

	private final String signingName;

	private final boolean regional;

	private final String modelResource;

	private final AwsError validationError;

	ApiService(String targetPrefix, String signingName, boolean regional, String modelResource,
			AwsError validationError) {
		this.targetPrefix = targetPrefix;
		this.signingName = signingName;
		this.regional = regional;
		this.modelResource = modelResource;
		this.validationError = validationError;
	}

	String signingName() {
		return this.signingName;
	}

	/** Organizations and STS are global: the Region of their credential scope does not matter. */
	boolean isRegional() {
		return this.regional;
	}

	boolean isQueryProtocol() {
		return this.targetPrefix == null;
	}

	String modelResource() {
		return this.modelResource;
	}

	/** The error a request that breaks its input shape's constraints gets. */
	AwsError validationError() {
		return this.validationError;
	}

	/** Organizations names the broken constraint in the error's {@code Reason} member. */
	boolean validationHasReason() {
		return this == ORGANIZATIONS;
	}

	/** The operation's {@code X-Amz-Target}; a query-protocol operation is named by its {@code Action}. */
	String target(String operation) {
		return isQueryProtocol() ? this.signingName + ":" + operation : this.targetPrefix + "." + operation;
	}

	static Optional<ApiService> ofTarget(String target) {
		if (target == null) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter((service) -> !service.isQueryProtocol() && target.startsWith(service.targetPrefix + "."))
			.findFirst();
	}

}
