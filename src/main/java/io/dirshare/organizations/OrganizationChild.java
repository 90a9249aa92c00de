package io.dirshare.organizations;

/** A child of a root (AWS's {@code Child}, also {@code Parent}): its ID and {@code ACCOUNT} or {@code ROOT}. */
public record OrganizationChild(String id, String type) {

	public static final String ACCOUNT = "ACCOUNT";

	public static final String ROOT = "ROOT";

	public static final String ORGANIZATIONAL_UNIT = "ORGANIZATIONAL_UNIT";

}
