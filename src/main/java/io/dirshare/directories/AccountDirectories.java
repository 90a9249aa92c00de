package io.dirshare.directories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.policy.ResourceRef;

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

	AccountDirectories(DirectoryRepository directories, DirectoryTagRepository tags) {
		this.directories = directories;
		this.tags = tags;
	}

	/** A directory an account owns, or has shared with it, in one Region. */
	public record AccountDirectory(String directoryId, String dnsName, boolean shared, String ownerAccountId,
			ResourceRef resource) {

	}

	/**
	 * The directories the account owns in the Region and those shared with it there (ended shares left
	 * out), newest first. An owned directory is {@code arn:aws:ds:REGION:ACCOUNT:directory/d-…} with its
	 * tags in that Region; a shared directory is its ID in the consumer's account, without tags.
	 */
	public List<AccountDirectory> inRegion(String accountId, AwsRegion region) {
		return this.directories.describe(accountId, region, List.of(), MAX_LISTED, 0)
			.stream()
			.map((row) -> new AccountDirectory(row.directoryId(), row.dnsName(), row.isShared(),
					row.isShared() ? row.ownerAccountId() : accountId,
					ResourceRef.directory(region.code(), accountId, row.directoryId(),
							row.isShared() ? Map.of() : tagsOf(row.directoryId(), region))))
			.toList();
	}

	private Map<String, String> tagsOf(String directoryId, AwsRegion region) {
		Map<String, String> byKey = new LinkedHashMap<>();
		this.tags.page(directoryId, region, DirectoryTagService.MAX_TAGS, 0)
			.forEach((tag) -> byKey.put(tag.key(), tag.value()));
		return byKey;
	}

}
