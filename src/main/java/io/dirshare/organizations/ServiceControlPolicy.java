package io.dirshare.organizations;

/**
 * A service control policy (AWS's {@code Policy}: its summary and content). AWS's own
 * {@value #FULL_AWS_ACCESS_ID} belongs to no organization and is the same in every one; every other
 * policy belongs to the organization whose management account created it.
 */
public record ServiceControlPolicy(String id, String organizationId, String managementAccountId, String name,
		String description, String content, boolean awsManaged) {

	public static final String TYPE = "SERVICE_CONTROL_POLICY";

	public static final String FULL_AWS_ACCESS_ID = "p-FullAWSAccess";

	/** How AWS names the type in a policy's ARN. */
	static final String ARN_TYPE = "service_control_policy";

	/**
	 * e.g. {@code arn:aws:organizations::111111111111:policy/o-exampleorg1/service_control_policy/p-examplepol1},
	 * or {@code arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess} for AWS's own.
	 */
	public String arn() {
		if (this.awsManaged) {
			return "arn:aws:organizations::aws:policy/" + ARN_TYPE + "/" + this.id;
		}
		return "arn:aws:organizations::" + this.managementAccountId + ":policy/" + this.organizationId + "/" + ARN_TYPE
				+ "/" + this.id;
	}

	public String type() {
		return TYPE;
	}

}
