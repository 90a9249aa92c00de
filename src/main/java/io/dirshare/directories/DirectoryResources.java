package io.dirshare.directories;

import java.util.Map;

import io.dirshare.core.Caller;
import io.dirshare.core.policy.ResourceRef;

import org.springframework.stereotype.Component;

/**
 * A directory as the caller's policies judge it: {@code arn:aws:ds:REGION:ACCOUNT:directory/d-…} in the
 * caller's account and Region (where AWS keeps a directory's tags), with those tags. The tags are read
 * only when a policy tests them.
 */
@Component
public class DirectoryResources {

	private final DirectoryTagRepository tags;

	DirectoryResources(DirectoryTagRepository tags) {
		this.tags = tags;
	}

	public ResourceRef of(Caller caller, String directoryId) {
		Map<String, String> directoryTags = caller.permissions().testsResourceTags()
				? this.tags.all(directoryId, caller.region()) : Map.of();
		return ResourceRef.directory(caller.region().code(), caller.accountId(), directoryId, directoryTags);
	}

	/**
	 * A consumer's shared directory, the resource of AcceptSharedDirectory and RejectSharedDirectory:
	 * the shared directory ID in the consumer's own account. It has no tags.
	 */
	public static ResourceRef sharedDirectory(Caller consumer, String sharedDirectoryId) {
		return ResourceRef.directory(consumer.region().code(), consumer.accountId(), sharedDirectoryId, Map.of());
	}

}
