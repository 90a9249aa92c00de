package io.dirshare.directories;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Slice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags of the caller's directories in the caller's Region (AWS keeps them per Region for a replicated
 * directory): at most {@value #MAX_TAGS} per directory and Region, and no key starting with
 * {@value #RESERVED_PREFIX}, which AWS keeps for itself. A consumer's shared directory has no tags.
 */
@Service
@Transactional
public class DirectoryTagService {

	public static final int MAX_TAGS = 50;

	static final String RESERVED_PREFIX = "aws:";

	/** One tag, as ListTagsForResource returns it. */
	public record Tag(String key, String value) {
	}

	private final DirectoryRepository directories;

	private final DirectoryTagRepository tags;

	private final DirectoryShares shares;

	private final AuditTrail audit;

	private final DirectoryResources resources;

	DirectoryTagService(DirectoryRepository directories, DirectoryTagRepository tags, DirectoryShares shares,
			AuditTrail audit, DirectoryResources resources) {
		this.resources = resources;
		this.directories = directories;
		this.tags = tags;
		this.shares = shares;
		this.audit = audit;
	}

	/** ListTagsForResource: {@code limit} tags from {@code offset}, by key. */
	@Transactional(readOnly = true)
	public Slice<Tag> listTags(Caller caller, String resourceId, int offset, int limit) {
		Directory.requireId(resourceId);
		caller.require(Action.DS_LIST_TAGS_FOR_RESOURCE, this.resources.of(caller, resourceId));
		if (this.directories.findInRegion(caller.accountId(), resourceId, caller.region(), false).isEmpty()) {
			if (this.shares.isSharedDirectoryOf(caller, resourceId)) {
				return Slice.of(List.of(), offset, limit);
			}
			throw DirectoryService.notFound(resourceId);
		}
		List<Tag> rows = this.tags.page(resourceId, caller.region(), limit + 1, offset)
			.stream()
			.map((tag) -> new Tag(tag.key(), tag.value()))
			.toList();
		return Slice.of(rows, offset, limit);
	}

	/** AddTagsToResource: adds tags or replaces the values of keys the directory has. */
	public void addTags(Caller caller, String resourceId, Map<String, String> newTags) {
		this.audit.authorizedChange(caller, Action.DS_ADD_TAGS_TO_RESOURCE,
				"resourceId=" + resourceId + ", tagKeys=" + newTags.keySet(), (authorization) -> {
					Directory.requireId(resourceId);
					lockOwned(caller, resourceId);
					authorization.require(this.resources.of(caller, resourceId));
					Set<String> existing = new HashSet<>(this.tags.keys(resourceId, caller.region()));
					requireValidTags(newTags, (int) existing.stream().filter((key) -> !newTags.containsKey(key)).count());
					this.tags.put(resourceId, caller.region(), newTags);
					return null;
				});
	}

	/** RemoveTagsFromResource: keys the directory does not have are ignored. */
	public void removeTags(Caller caller, String resourceId, List<String> keys) {
		this.audit.authorizedChange(caller, Action.DS_REMOVE_TAGS_FROM_RESOURCE,
				"resourceId=" + resourceId + ", tagKeys=" + keys, (authorization) -> {
					Directory.requireId(resourceId);
					lockOwned(caller, resourceId);
					authorization.require(this.resources.of(caller, resourceId));
					this.tags.remove(resourceId, caller.region(), keys);
					return null;
				});
	}

	private void lockOwned(Caller caller, String directoryId) {
		this.directories.findInRegion(caller.accountId(), directoryId, caller.region(), true)
			.orElseThrow(() -> DirectoryService.notFound(directoryId));
	}

	/** @param keeping how many of the directory's tags stay beside the new ones */
	static void requireValidTags(Map<String, String> tags, int keeping) {
		for (String key : tags.keySet()) {
			if (key.startsWith(RESERVED_PREFIX)) {
				throw DirectoryServiceError.INVALID_PARAMETER
					.exception("Tag keys starting with " + RESERVED_PREFIX + " are reserved for AWS.");
			}
		}
		if (keeping + tags.size() > MAX_TAGS) {
			throw DirectoryServiceError.TAG_LIMIT_EXCEEDED
				.exception("A directory can have at most " + MAX_TAGS + " tags in a Region.");
		}
	}

}
