package io.dirshare.directories;

import java.util.Map;

import io.dirshare.core.Caller;
import io.dirshare.core.policy.ResourceRef;
import io.dirshare.organizations.OrganizationQueries;

import org.springframework.stereotype.Component;

/**
 * A directory as the caller's policies judge it: {@code arn:aws:ds:REGION:ACCOUNT:directory/d-…} in the
 * caller's account and Region (where AWS keeps a directory's tags), with those tags and the keys of its
 * owner, {@code aws:ResourceAccount} and {@code aws:ResourceOrgID}. The tags and the owner's organization
 * are read only when a policy tests them.
 */
@Component
public class DirectoryResources {

	private final DirectoryTagRepository tags;

	private final OrganizationQueries organizations;

	DirectoryResources(DirectoryTagRepository tags, OrganizationQueries organizations) {
		this.tags = tags;
		this.organizations = organizations;
	}

	/** A directory the caller's account owns. */
	public ResourceRef of(Caller caller, String directoryId) {
		Map<String, String> directoryTags = caller.permissions().testsResourceTags()
				? this.tags.all(directoryId, caller.region()) : Map.of();
		return ownedBy(caller, caller.accountId(),
				ResourceRef.directory(caller.region().code(), caller.accountId(), directoryId, directoryTags));
	}

	/**
	 * A consumer's shared directory, the resource of AcceptSharedDirectory and RejectSharedDirectory:
	 * the shared directory ID in the consumer's own account, without tags, owned by the account that
	 * shared it: its {@code aws:ResourceAccount} and {@code aws:ResourceOrgID} are the owner's, which is
	 * what an SCP refusing directories from outside the organization tests. Without an owner (an ID that
	 * names no share of the consumer) it has neither key.
	 */
	public ResourceRef sharedDirectory(Caller consumer, String sharedDirectoryId, String ownerAccountId) {
		ResourceRef shared = ResourceRef.directory(consumer.region().code(), consumer.accountId(), sharedDirectoryId,
				Map.of());
		return (ownerAccountId != null) ? ownedBy(consumer, ownerAccountId, shared) : shared;
	}

	private ResourceRef ownedBy(Caller caller, String ownerAccountId, ResourceRef directory) {
		ResourceRef owned = directory.withKey(ResourceRef.RESOURCE_ACCOUNT, ownerAccountId);
		if (!caller.permissions().testsKey(ResourceRef.RESOURCE_ORG_ID)) {
			return owned;
		}
		return this.organizations.membershipOf(ownerAccountId)
			.map((membership) -> owned.withKey(ResourceRef.RESOURCE_ORG_ID, membership.organization().id()))
			.orElse(owned);
	}

}
