package io.dirshare.directories;

import java.time.Instant;
import java.util.List;

import io.dirshare.core.AwsRegion;

/**
 * What AWS's DescribeDirectories reports of a directory beyond its list row, in the Region asked for:
 * its alias (the directory ID when it has none) and access URL, single sign-on, when the stage last
 * changed, the Region's VPC settings and desired number of domain controllers, and the Regions it is
 * replicated to. For a consumer's shared directory the VPC settings are the owner's.
 */
public record DirectoryDetails(String alias, boolean ssoEnabled, Instant stageUpdatedAt, VpcSettings vpc,
		AwsRegion region, int desiredDomainControllers, AwsRegion primaryRegion, List<AwsRegion> additionalRegions) {

	public static final String ACCESS_URL_SUFFIX = ".awsapps.com";

	public String accessUrl() {
		return (this.alias != null) ? this.alias + ACCESS_URL_SUFFIX : null;
	}

	public List<String> availabilityZones() {
		return (this.vpc != null) ? this.vpc.availabilityZones(this.region) : List.of();
	}

}
