package io.dirshare.organizations;

/**
 * What a policy can be attached to (AWS's {@code PolicyTargetSummary}): the organization's root or one
 * of its accounts; dirshare has no organizational units.
 */
public record PolicyTarget(String id, String arn, String name, String type) {

	public static final String ROOT = "ROOT";

	public static final String ACCOUNT = "ACCOUNT";

	public boolean isRoot() {
		return ROOT.equals(this.type);
	}

}
