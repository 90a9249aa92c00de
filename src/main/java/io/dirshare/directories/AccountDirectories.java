package io.dirshare.directories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.policy.ResourceRef;
import io.dirshare.organizations.OrganizationQueries;

import org.springframework.stereotype.Component;

/**
 * The directories of any account in a Region, each as policies judge it: for a module above that has
 * already decided its caller may see that account (the policy simulator, acting for an organization's
 * management account). No authorization here: callers check it first.
 */
@Component
public class AccountDirectories {

	/** More than any account holds in one Region (the quota is far lower); the list is for picking one. */
	static final int MAX_LISTED = 500;

	private final DirectoryRepository directories;

	private final DirectoryTagRepository tags;

	private final OrganizationQueries organizations;

	AccountDirectories(DirectoryRepository directories, DirectoryTagRepository tags,
			OrganizationQueries organizations) {
		this.directories = directories;
		this.tags = tags;
		this.organizations = organizations;
	}

	/** A directory an account owns, or has shared with it, in one Region. */
	public record AccountDirectory(String directoryId, String dnsName, boolean shared, String ownerAccountId,
			ResourceRef resource) {

	}

	/**
	 * The directories the account owns in the Region and those shared with it there (ended shares left
	 * out), newest first. An owned directory is {@code arn:aws:ds:REGION:ACCOUNT:directory/d-…} with its
	 * tags in that Region; a shared directory is its ID in the consumer's account, without tags. Both
	 * carry their owner's {@code aws:ResourceAccount} and {@code aws:ResourceOrgID}, as
	 * {@link DirectoryResources} gives them to a request.
	 */
	public List<AccountDirectory> inRegion(String accountId, AwsRegion region) {
		Map<String, Optional<String>> organizationOf = new LinkedHashMap<>();
		return this.directories.describe(accountId, region, List.of(), MAX_LISTED, 0)
			.stream()
			.map((row) -> {
				String owner = row.isShared() ? row.ownerAccountId() : accountId;
				ResourceRef resource = ResourceRef
					.directory(region.code(), accountId, row.directoryId(),
							row.isShared() ? Map.of() : tagsOf(row.directoryId(), region))
					.withKey(ResourceRef.RESOURCE_ACCOUNT, owner);
				Optional<String> organization = organizationOf.computeIfAbsent(owner, (id) -> this.organizations
					.membershipOf(id)
					.map((membership) -> membership.organization().id()));
				return new AccountDirectory(row.directoryId(), row.dnsName(), row.isShared(), owner,
						organization.map((id) -> resource.withKey(ResourceRef.RESOURCE_ORG_ID, id)).orElse(resource));
			})
			.toList();
	}

	private Map<String, String> tagsOf(String directoryId, AwsRegion region) {
		Map<String, String> byKey = new LinkedHashMap<>();
		this.tags.page(directoryId, region, DirectoryTagService.MAX_TAGS, 0)
			.forEach((tag) -> byKey.put(tag.key(), tag.value()));
		return byKey;
	}

}
