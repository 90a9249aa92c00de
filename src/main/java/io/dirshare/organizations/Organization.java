package io.dirshare.organizations;

import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An AWS Organization: one management account and its feature set. Members are {@link OrganizationAccount}s. */
@Table("organization")
public record Organization(@Id String id, String name, String managementAccountId, FeatureSet featureSet,
		Instant createdAt, @Version Long version) {

	public static final Pattern ID_PATTERN = Pattern.compile("^o-[a-z0-9]{10,32}$");

	public static Organization create(String id, String name, String managementAccountId, FeatureSet featureSet,
			Instant now) {
		return new Organization(id, name, managementAccountId, featureSet, now, null);
	}

	public boolean hasAllFeatures() {
		return this.featureSet == FeatureSet.ALL;
	}

	public boolean isManagedBy(String accountId) {
		return this.managementAccountId.equals(accountId);
	}

	/** The organization's one root: {@code r-} and the organization ID's suffix. */
	public String rootId() {
		return "r-" + this.id.substring(2);
	}

	/** e.g. {@code arn:aws:organizations::111111111111:root/o-exampleorg1/r-exampleorg1}. */
	public String rootArn() {
		return "arn:aws:organizations::" + this.managementAccountId + ":root/" + this.id + "/" + rootId();
	}

	public String arn() {
		return "arn:aws:organizations::" + this.managementAccountId + ":organization/" + this.id;
	}

	public Organization withFeatureSet(FeatureSet newFeatureSet) {
		return new Organization(this.id, this.name, this.managementAccountId, newFeatureSet, this.createdAt,
				this.version);
	}

}
