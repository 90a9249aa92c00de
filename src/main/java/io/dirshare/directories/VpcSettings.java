package io.dirshare.directories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.dirshare.core.AwsRegion;

/**
 * The VPC a directory's domain controllers run in, in one Region: the VPC, its two subnets (one domain
 * controller in each, in different Availability Zones) and the security group AWS creates for the
 * domain controllers ({@code null} until the directory has one). dirshare keeps the IDs it is given and
 * does not check that they exist.
 */
public record VpcSettings(String vpcId, List<String> subnetIds, String securityGroupId) {

	public VpcSettings {
		subnetIds = (subnetIds != null) ? List.copyOf(subnetIds) : List.of();
	}

	public static VpcSettings of(String vpcId, List<String> subnetIds) {
		return new VpcSettings(vpcId, subnetIds, null);
	}

	/**
	 * The account's default VPC in a Region, for directories set up in the portal, which does not ask
	 * for one: IDs derived from the account and the Region, so they stay the same.
	 */
	public static VpcSettings defaultOf(String accountId, AwsRegion region) {
		String seed = accountId + "/" + region.code();
		return of("vpc-" + hex(seed, 8), List.of("subnet-" + hex(seed + "/a", 8), "subnet-" + hex(seed + "/b", 8)));
	}

	public VpcSettings withSecurityGroup(String groupId) {
		return new VpcSettings(this.vpcId, this.subnetIds, groupId);
	}

	/** One Availability Zone per subnet, in the subnets' order: {@code us-east-1a}, {@code us-east-1b}, ... */
	public List<String> availabilityZones(AwsRegion region) {
		List<String> zones = new ArrayList<>();
		for (int i = 0; i < this.subnetIds.size(); i++) {
			zones.add(availabilityZone(region, i));
		}
		return zones;
	}

	static String availabilityZone(AwsRegion region, int subnetIndex) {
		return region.code() + (char) ('a' + subnetIndex % 6);
	}

	static String hex(String seed, int digits) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, digits);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String joinedSubnets() {
		return String.join(",", this.subnetIds);
	}

}
