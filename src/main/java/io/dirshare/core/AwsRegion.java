package io.dirshare.core;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The AWS Regions a directory can live in and the console's Region selector offers. */
public enum AwsRegion {

	US_EAST_1("us-east-1", "US East (N. Virginia)"),
	US_EAST_2("us-east-2", "US East (Ohio)"),
	US_WEST_1("us-west-1", "US West (N. California)"),
	US_WEST_2("us-west-2", "US West (Oregon)"),
	CA_CENTRAL_1("ca-central-1", "Canada (Central)"),
	EU_WEST_1("eu-west-1", "Europe (Ireland)"),
	EU_WEST_2("eu-west-2", "Europe (London)"),
	EU_CENTRAL_1("eu-central-1", "Europe (Frankfurt)"),
	EU_NORTH_1("eu-north-1", "Europe (Stockholm)"),
	AP_SOUTHEAST_1("ap-southeast-1", "Asia Pacific (Singapore)"),
	AP_SOUTHEAST_2("ap-southeast-2", "Asia Pacific (Sydney)"),
	AP_NORTHEAST_1("ap-northeast-1", "Asia Pacific (Tokyo)"),
	AP_SOUTH_1("ap-south-1", "Asia Pacific (Mumbai)"),
	SA_EAST_1("sa-east-1", "South America (São Paulo)"),
	CN_NORTHWEST_1("cn-northwest-1", "China (Ningxia)");

	public static final AwsRegion DEFAULT = US_EAST_1;

	private final String code;

	private final String displayName;

	AwsRegion(String code, String displayName) {
		this.code = code;
		this.displayName = displayName;
	}

	public String code() {
		return this.code;
	}

	public String displayName() {
		return this.displayName;
	}

	/** In China (Ningxia) directory sharing is offered only where instances join through Systems Manager. */
	public boolean sharingLimitedToSystemsManager() {
		return this == CN_NORTHWEST_1;
	}

	/** The AWS partition: China's Regions are a partition of their own, which other Regions do not replicate to. */
	public String partition() {
		return this.code.startsWith("cn-") ? "aws-cn" : "aws";
	}

	public boolean samePartitionAs(AwsRegion other) {
		return partition().equals(other.partition());
	}

	public static Optional<AwsRegion> fromCode(String code) {
		return Arrays.stream(values()).filter((region) -> region.code.equals(code)).findFirst();
	}

	public static List<AwsRegion> all() {
		return List.of(values());
	}

}
