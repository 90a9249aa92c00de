package io.dirshare.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The IAM-style actions dirshare authorizes. Features check an action ({@link Caller#require}), never a
 * role name; the Spring Security authority of an action is its IAM name, e.g. {@code ds:ShareDirectory}.
 */
public enum Action {

	// Directory Service
	DS_CREATE_MICROSOFT_AD("ds:CreateMicrosoftAD"),
	DS_DELETE_DIRECTORY("ds:DeleteDirectory"),
	DS_DESCRIBE_DIRECTORIES("ds:DescribeDirectories"),
	DS_ADD_REGION("ds:AddRegion"),
	DS_REMOVE_REGION("ds:RemoveRegion"),
	DS_DESCRIBE_REGIONS("ds:DescribeRegions"),
	DS_SHARE_DIRECTORY("ds:ShareDirectory"),
	DS_UNSHARE_DIRECTORY("ds:UnshareDirectory"),
	DS_ACCEPT_SHARED_DIRECTORY("ds:AcceptSharedDirectory"),
	DS_REJECT_SHARED_DIRECTORY("ds:RejectSharedDirectory"),
	DS_DESCRIBE_SHARED_DIRECTORIES("ds:DescribeSharedDirectories"),
	DS_LIST_TAGS_FOR_RESOURCE("ds:ListTagsForResource"),
	DS_ADD_TAGS_TO_RESOURCE("ds:AddTagsToResource"),
	DS_REMOVE_TAGS_FROM_RESOURCE("ds:RemoveTagsFromResource"),
	DS_DESCRIBE_DOMAIN_CONTROLLERS("ds:DescribeDomainControllers"),
	DS_UPDATE_NUMBER_OF_DOMAIN_CONTROLLERS("ds:UpdateNumberOfDomainControllers"),
	DS_GET_DIRECTORY_LIMITS("ds:GetDirectoryLimits"),
	DS_CREATE_ALIAS("ds:CreateAlias"),
	DS_ENABLE_SSO("ds:EnableSso"),
	DS_DISABLE_SSO("ds:DisableSso"),

	// Organizations
	ORGANIZATIONS_DESCRIBE_ORGANIZATION("organizations:DescribeOrganization"),
	ORGANIZATIONS_LIST_ACCOUNTS("organizations:ListAccounts"),
	ORGANIZATIONS_DESCRIBE_ACCOUNT("organizations:DescribeAccount"),
	ORGANIZATIONS_CREATE_ORGANIZATION("organizations:CreateOrganization"),
	ORGANIZATIONS_DELETE_ORGANIZATION("organizations:DeleteOrganization"),
	ORGANIZATIONS_CREATE_ACCOUNT("organizations:CreateAccount"),
	ORGANIZATIONS_INVITE_ACCOUNT("organizations:InviteAccountToOrganization"),
	ORGANIZATIONS_REMOVE_ACCOUNT("organizations:RemoveAccountFromOrganization"),
	ORGANIZATIONS_LEAVE_ORGANIZATION("organizations:LeaveOrganization"),
	ORGANIZATIONS_LIST_HANDSHAKES_FOR_ACCOUNT("organizations:ListHandshakesForAccount"),
	ORGANIZATIONS_LIST_HANDSHAKES_FOR_ORGANIZATION("organizations:ListHandshakesForOrganization"),
	ORGANIZATIONS_ACCEPT_HANDSHAKE("organizations:AcceptHandshake"),
	ORGANIZATIONS_DECLINE_HANDSHAKE("organizations:DeclineHandshake"),
	ORGANIZATIONS_CANCEL_HANDSHAKE("organizations:CancelHandshake"),
	ORGANIZATIONS_ENABLE_ALL_FEATURES("organizations:EnableAllFeatures"),
	ORGANIZATIONS_ENABLE_SERVICE_ACCESS("organizations:EnableAWSServiceAccess"),
	ORGANIZATIONS_DISABLE_SERVICE_ACCESS("organizations:DisableAWSServiceAccess"),
	ORGANIZATIONS_LIST_SERVICE_ACCESS("organizations:ListAWSServiceAccessForOrganization"),
	ORGANIZATIONS_DESCRIBE_HANDSHAKE("organizations:DescribeHandshake"),
	ORGANIZATIONS_DESCRIBE_CREATE_ACCOUNT_STATUS("organizations:DescribeCreateAccountStatus"),
	ORGANIZATIONS_LIST_ROOTS("organizations:ListRoots"),
	ORGANIZATIONS_LIST_PARENTS("organizations:ListParents"),
	ORGANIZATIONS_LIST_CHILDREN("organizations:ListChildren"),
	ORGANIZATIONS_ENABLE_POLICY_TYPE("organizations:EnablePolicyType"),
	ORGANIZATIONS_DISABLE_POLICY_TYPE("organizations:DisablePolicyType"),
	ORGANIZATIONS_LIST_TAGS_FOR_RESOURCE("organizations:ListTagsForResource"),
	ORGANIZATIONS_TAG_RESOURCE("organizations:TagResource"),
	ORGANIZATIONS_UNTAG_RESOURCE("organizations:UntagResource"),
	ORGANIZATIONS_CREATE_POLICY("organizations:CreatePolicy"),
	ORGANIZATIONS_UPDATE_POLICY("organizations:UpdatePolicy"),
	ORGANIZATIONS_DELETE_POLICY("organizations:DeletePolicy"),
	ORGANIZATIONS_DESCRIBE_POLICY("organizations:DescribePolicy"),
	ORGANIZATIONS_LIST_POLICIES("organizations:ListPolicies"),
	ORGANIZATIONS_ATTACH_POLICY("organizations:AttachPolicy"),
	ORGANIZATIONS_DETACH_POLICY("organizations:DetachPolicy"),
	ORGANIZATIONS_LIST_POLICIES_FOR_TARGET("organizations:ListPoliciesForTarget"),
	ORGANIZATIONS_LIST_TARGETS_FOR_POLICY("organizations:ListTargetsForPolicy"),

	// IAM
	IAM_LIST_USERS("iam:ListUsers"),
	IAM_CREATE_USER("iam:CreateUser"),
	IAM_DELETE_USER("iam:DeleteUser"),
	IAM_UPDATE_LOGIN_PROFILE("iam:UpdateLoginProfile"),
	IAM_ATTACH_USER_POLICY("iam:AttachUserPolicy"),
	IAM_DETACH_USER_POLICY("iam:DetachUserPolicy"),
	IAM_LIST_ATTACHED_USER_POLICIES("iam:ListAttachedUserPolicies"),
	IAM_CREATE_POLICY("iam:CreatePolicy"),
	IAM_CREATE_POLICY_VERSION("iam:CreatePolicyVersion"),
	IAM_DELETE_POLICY("iam:DeletePolicy"),
	IAM_DELETE_POLICY_VERSION("iam:DeletePolicyVersion"),
	IAM_SET_DEFAULT_POLICY_VERSION("iam:SetDefaultPolicyVersion"),
	IAM_LIST_POLICIES("iam:ListPolicies"),
	IAM_GET_POLICY("iam:GetPolicy"),
	IAM_GET_POLICY_VERSION("iam:GetPolicyVersion"),
	IAM_LIST_POLICY_VERSIONS("iam:ListPolicyVersions"),
	IAM_LIST_ENTITIES_FOR_POLICY("iam:ListEntitiesForPolicy"),
	IAM_LIST_ACCESS_KEYS("iam:ListAccessKeys"),
	IAM_CREATE_ACCESS_KEY("iam:CreateAccessKey"),
	IAM_UPDATE_ACCESS_KEY("iam:UpdateAccessKey"),
	IAM_DELETE_ACCESS_KEY("iam:DeleteAccessKey"),
	IAM_SIMULATE_PRINCIPAL_POLICY("iam:SimulatePrincipalPolicy"),

	// Security Token Service: AWS never denies GetCallerIdentity, so every permission set holds it.
	STS_GET_CALLER_IDENTITY("sts:GetCallerIdentity"),

	// Event history
	CLOUDTRAIL_LOOKUP_EVENTS("cloudtrail:LookupEvents");

	private final String iamName;

	Action(String iamName) {
		this.iamName = iamName;
	}

	/** The IAM action name, also the Spring Security authority. */
	public String iamName() {
		return this.iamName;
	}

	public String service() {
		return this.iamName.substring(0, this.iamName.indexOf(':'));
	}

	public String operation() {
		return this.iamName.substring(this.iamName.indexOf(':') + 1);
	}

	/**
	 * Read-only actions: what {@code ReadOnlyAccess} grants. Simulating reads policies and changes
	 * nothing, so AWS's ReadOnlyAccess holds {@code iam:Simulate*} too.
	 */
	public boolean isReadOnly() {
		String operation = operation();
		return operation.startsWith("Describe") || operation.startsWith("List") || operation.startsWith("Get")
				|| operation.startsWith("Lookup") || operation.startsWith("Simulate");
	}

	public static Optional<Action> fromIamName(String iamName) {
		return Arrays.stream(values()).filter((action) -> action.iamName.equals(iamName)).findFirst();
	}

	@Override
	public String toString() {
		return this.iamName;
	}

}
