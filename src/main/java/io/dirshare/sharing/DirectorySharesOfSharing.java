package io.dirshare.sharing;

import java.util.List;

import io.dirshare.core.Caller;
import io.dirshare.directories.DirectoryShare;
import io.dirshare.directories.DirectoryShares;

import org.springframework.stereotype.Component;

/** Answers the directory rules' questions about shares ({@link DirectoryShares}) from the sharing services. */
@Component
class DirectorySharesOfSharing implements DirectoryShares {

	private final ShareQueries queries;

	private final OwnerSharingService owners;

	private final ConsumerSharingService consumers;

	DirectorySharesOfSharing(ShareQueries queries, OwnerSharingService owners, ConsumerSharingService consumers) {
		this.queries = queries;
		this.owners = owners;
		this.consumers = consumers;
	}

	@Override
	public List<DirectoryShare> liveShares(Caller caller, String directoryId) {
		return this.queries.liveSharesOf(caller, directoryId)
			.stream()
			.map((share) -> new DirectoryShare(share.region(), share.sharedAccountId(), share.sharedDirectoryId(),
					share.shareMethod().name(), share.shareStatus().name(), share.statusStyle(),
					share.shareStatus() == ShareStatus.Deleting))
			.toList();
	}

	@Override
	public void unshareAll(Caller caller, String directoryId) {
		this.owners.unshareAll(caller, directoryId);
	}

	@Override
	public boolean isSharedDirectoryOf(Caller caller, String directoryId) {
		return this.consumers.isSharedDirectoryOf(caller, directoryId);
	}

	@Override
	public void deleteSharedDirectory(Caller caller, String sharedDirectoryId) {
		this.consumers.deleteSharedDirectory(caller, sharedDirectoryId);
	}

}
