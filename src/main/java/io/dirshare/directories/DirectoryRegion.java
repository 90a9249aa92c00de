package io.dirshare.directories;

import java.time.Instant;

import io.dirshare.core.AwsRegion;

/** One Region a directory runs in (AWS's {@code RegionDescription}). */
public record DirectoryRegion(String directoryId, AwsRegion region, boolean primary, DirectoryStage status,
		Instant launchTime, VpcSettings vpc, int desiredDomainControllers, Instant statusUpdatedAt) {

	public DirectoryRegion(String directoryId, AwsRegion region, boolean primary, DirectoryStage status,
			Instant launchTime) {
		this(directoryId, region, primary, status, launchTime, null, DomainControllerService.MIN_DOMAIN_CONTROLLERS,
				launchTime);
	}

	/** AWS's {@code RegionType}. */
	public String regionType() {
		return this.primary ? "Primary" : "Additional";
	}

}
