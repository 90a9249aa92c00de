package io.dirshare.identity;

/** Who manages a policy, as IAM's console shows it (and ListPolicies' {@code Scope} selects it). */
public enum PolicyType {

	AWS_MANAGED("AWS managed", "AWS"), CUSTOMER_MANAGED("Customer managed", "Local");

	private final String label;

	private final String scope;

	PolicyType(String label, String scope) {
		this.label = label;
		this.scope = scope;
	}

	public String label() {
		return this.label;
	}

	/** ListPolicies' name for the policies of this type. */
	public String scope() {
		return this.scope;
	}

	public static PolicyType ofArn(String arn) {
		return PermissionSet.isAwsManagedArn(arn) ? AWS_MANAGED : CUSTOMER_MANAGED;
	}

}
