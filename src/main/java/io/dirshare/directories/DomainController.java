package io.dirshare.directories;

import java.time.Instant;

import io.dirshare.core.AwsRegion;

/**
 * One domain controller of a directory in one Region (AWS's {@code DomainController}); {@code Creating}
 * and {@code Deleting} last as long as a new directory's creation.
 */
public record DomainController(String id, String directoryId, AwsRegion region, String vpcId, String subnetId,
		String availabilityZone, String dnsIpAddr, Status status, Instant launchTime, Instant statusUpdatedAt) {

	public static final String ID_PATTERN = "^dc-[0-9a-f]{10}$";

	/** AWS's {@code DomainControllerStatus} values dirshare uses. */
	public enum Status {

		Creating, Active, Deleting

	}

}
