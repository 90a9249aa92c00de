package io.dirshare.api;

import java.util.Arrays;
import java.util.Optional;

/** The AWS services dirshare speaks, by their {@code X-Amz-Target} prefix and SigV4 signing name. */
enum ApiService {

	DIRECTORY_SERVICE("DirectoryService_20150416", "ds", true),
	ORGANIZATIONS("AWSOrganizationsV20161128", "organizations", false);

	private final String targetPrefix;

	private final String signingName;

	private final boolean regional;

	ApiService(String targetPrefix, String signingName, boolean regional) {
		this.targetPrefix = targetPrefix;
		this.signingName = signingName;
		this.regional = regional;
	}

	String signingName() {
		return this.signingName;
	}

	/** Organizations is global: the Region of its credential scope does not matter. */
	boolean isRegional() {
		return this.regional;
	}

	String target(String operation) {
		return this.targetPrefix + "." + operation;
	}

	static Optional<ApiService> ofTarget(String target) {
		if (target == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((service) -> target.startsWith(service.targetPrefix + ".")).findFirst();
	}

}
