package io.dirshare.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Page;
import io.dirshare.core.Reads;
import io.dirshare.core.Slice;
import io.dirshare.directories.Directory;
import io.dirshare.directories.OwnedDirectories;

import org.springframework.stereotype.Service;

/** The owner's reads of its directories' shares: the API's DescribeSharedDirectories and the portal's tables. */
@Service
@Reads
public class ShareQueries {

	static final int PORTAL_PAGE_SIZE = 25;

	private final ShareRepository shares;

	private final OwnedDirectories directories;

	private final Clock clock;

	ShareQueries(ShareRepository shares, OwnedDirectories directories, Clock clock) {
		this.clock = clock;
		this.shares = shares;
		this.directories = directories;
	}

	/**
	 * DescribeSharedDirectories: the owner's shares of one directory in the caller's Region, Deleted ones
	 * too, {@code limit} of them from {@code offset}.
	 */
	public Slice<Share> describeSharedDirectories(Caller caller, String ownerDirectoryId,
			List<String> sharedDirectoryIds, int offset, int limit) {
		caller.require(Action.DS_DESCRIBE_SHARED_DIRECTORIES);
		Directory.requireId(ownerDirectoryId);
		Set<String> ids = new LinkedHashSet<>((sharedDirectoryIds != null) ? sharedDirectoryIds : List.of());
		ids.forEach(Directory::requireId);
		requireOwned(caller, ownerDirectoryId);
		List<Share> rows = asOfNow(this.shares.ownerPage(ownerDirectoryId, caller.region(), false, ids, limit + 1, offset));
		if (!ids.isEmpty() && offset == 0 && rows.size() < Math.min(ids.size(), limit + 1)) {
			throw DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Shared directory does not exist.");
		}
		return Slice.of(rows, offset, limit);
	}

	/** The portal's Shared directories table of one directory in the caller's Region. */
	public Page<Share> sharesPage(Caller caller, String directoryId, boolean hideDeleted, int pageNumber) {
		caller.require(Action.DS_DESCRIBE_SHARED_DIRECTORIES);
		Directory.requireId(directoryId);
		requireOwned(caller, directoryId);
		return Page.of(asOfNow(this.shares.ownerPage(directoryId, caller.region(), hideDeleted, List.of(), PORTAL_PAGE_SIZE + 1,
				Page.offset(pageNumber, PORTAL_PAGE_SIZE))), pageNumber, PORTAL_PAGE_SIZE);
	}

	/** Every live share of one of the caller's directories, in all Regions (what blocks its deletion). */
	public List<Share> liveSharesOf(Caller caller, String directoryId) {
		caller.require(Action.DS_DESCRIBE_SHARED_DIRECTORIES);
		Directory.requireId(directoryId);
		requireOwned(caller, directoryId);
		return this.shares.liveOf(directoryId);
	}

	/** As the clock reads now: an invitation past its expiry is Expired (settled by the job meanwhile). */
	private List<Share> asOfNow(List<Share> rows) {
		Instant now = this.clock.instant();
		return rows.stream().map((share) -> share.asOf(now)).toList();
	}

	private void requireOwned(Caller caller, String directoryId) {
		this.directories.find(caller.accountId(), directoryId)
			.orElseThrow(() -> OwnerSharingService.directoryNotFound(directoryId));
	}

}
