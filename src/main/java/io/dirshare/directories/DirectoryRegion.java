package io.dirshare.directories;

import java.time.Instant;

import io.dirshare.core.AwsRegion;

/** One Region a directory runs in (AWS's {@code RegionDescription}). */
public record DirectoryRegion(String directoryId, AwsRegion region, boolean primary, DirectoryStage status,
		Instant launchTime) {

	/** AWS's {@code RegionType}. */
	public String regionType() {
		return this.primary ? "Primary" : "Additional";
	}

}
