package io.dirshare.core.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resource a request acts on, as evaluation needs it: its ARN (or {@code *} for an action AWS
 * does not scope by resource), its Region, its tags (the {@code aws:ResourceTag/KEY} keys) and the other
 * resource keys AWS sets, such as {@code aws:ResourceAccount} and {@code aws:ResourceOrgID}.
 */
public record ResourceRef(String arn, String region, Map<String, String> tags, Map<String, String> keys) {

	/** The account that owns the resource. */
	public static final String RESOURCE_ACCOUNT = "aws:ResourceAccount";

	/** The organization of the account that owns the resource; absent when that account is in none. */
	public static final String RESOURCE_ORG_ID = "aws:ResourceOrgID";

	/** The resource of an action AWS does not scope by resource. */
	public static final ResourceRef ANY = new ResourceRef("*", null, Map.of());

	public ResourceRef {
		tags = (tags != null) ? Map.copyOf(tags) : Map.of();
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
	}

	public ResourceRef(String arn, String region, Map<String, String> tags) {
		this(arn, region, tags, Map.of());
	}

	public static ResourceRef of(String arn) {
		return new ResourceRef(arn, null, Map.of());
	}

	/** A Directory Service directory: {@code arn:aws:ds:REGION:ACCOUNT:directory/d-…}. */
	public static ResourceRef directory(String region, String accountId, String directoryId, Map<String, String> tags) {
		return new ResourceRef("arn:aws:ds:" + region + ":" + accountId + ":directory/" + directoryId, region, tags);
	}

	/** A member account, as Organizations names it: {@code arn:aws:organizations::MGMT:account/o-…/ACCT}. */
	public static ResourceRef organizationsAccount(String managementAccountId, String organizationId,
			String accountId) {
		return of("arn:aws:organizations::" + managementAccountId + ":account/" + organizationId + "/" + accountId);
	}

	/** The same resource with one more key, e.g. {@link #RESOURCE_ACCOUNT}. */
	public ResourceRef withKey(String key, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.keys);
		more.put(key, value);
		return new ResourceRef(this.arn, this.region, this.tags, more);
	}

}
