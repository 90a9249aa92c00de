package io.dirshare.core.policy;

import java.util.Map;

/**
 * The resource a request acts on, as evaluation needs it: its ARN (or {@code *} for an action AWS
 * does not scope by resource), its Region and its tags (the {@code aws:ResourceTag/KEY} keys).
 */
public record ResourceRef(String arn, String region, Map<String, String> tags) {

	/** The resource of an action AWS does not scope by resource. */
	public static final ResourceRef ANY = new ResourceRef("*", null, Map.of());

	public ResourceRef {
		tags = (tags != null) ? Map.copyOf(tags) : Map.of();
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

}
