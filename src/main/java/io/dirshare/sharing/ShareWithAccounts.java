package io.dirshare.sharing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryResources;
import io.dirshare.directories.OwnedDirectories;
import io.dirshare.organizations.TrustedAccess;
import io.dirshare.organizations.TrustedAccessService;

import org.springframework.stereotype.Service;

/**
 * Shares one directory with several accounts, as the console's "Create new shared directory" does:
 * enables trusted access first when asked (the dirshare decision in docs/aws-directory-sharing.md),
 * then shares with each account on its own and collects each outcome. Deliberately not transactional:
 * every share is its own ShareDirectory transaction, so one account's refusal does not undo the others
 * and the directory row is not held locked across all of them.
 */
@Service
public class ShareWithAccounts {

	private final OwnerSharingService owners;

	private final OwnedDirectories directories;

	private final TrustedAccessService trustedAccess;

	private final ShareQueries shares;

	private final DirectoryResources resources;

	ShareWithAccounts(OwnerSharingService owners, OwnedDirectories directories, TrustedAccessService trustedAccess,
			ShareQueries shares, DirectoryResources resources) {
		this.resources = resources;
		this.owners = owners;
		this.directories = directories;
		this.trustedAccess = trustedAccess;
		this.shares = shares;
	}

	/**
	 * The accounts that already have a live share of the directory in the caller's Region, with its
	 * status: sharing with them again can only be refused (DirectoryAlreadySharedException).
	 */
	public Map<String, ShareStatus> liveSharesInRegion(Caller caller, String directoryId) {
		Map<String, ShareStatus> live = new LinkedHashMap<>();
		this.shares.liveSharesOf(caller, directoryId)
			.stream()
			.filter((share) -> share.region() == caller.region())
			.forEach((share) -> live.put(share.sharedAccountId(), share.shareStatus()));
		return live;
	}

	/**
	 * Why sharing with this account can only be refused, known before anything is sent: the account
	 * that owns the directory, or an account that already has a live share of it in this Region.
	 * @param liveShares as {@link #liveSharesInRegion}
	 */
	public Optional<String> refusalBeforeSharing(Caller caller, String accountId, Map<String, ShareStatus> liveShares) {
		if (accountId.equals(caller.accountId())) {
			return Optional.of(accountId + " is your own account, which owns the directory. "
					+ "Share it with other AWS accounts.");
		}
		ShareStatus live = liveShares.get(accountId);
		if (live != null) {
			return Optional.of("The directory is already shared with " + accountId + " in " + caller.region().code()
					+ " (" + live + "). Unshare it first to share it again.");
		}
		return Optional.empty();
	}

	/**
	 * @param enableTrustedAccess whether to enable trusted access for AWS Directory Service first (only
	 * for ORGANIZATIONS; the organization's rules decide whether the caller may)
	 * @return each account's outcome, refusals included; a refusal of the whole request (access denied,
	 * no such directory) is thrown instead, before anything changes
	 */
	public ShareOutcomes share(Caller caller, String directoryId, ShareMethod method, List<String> accountIds,
			String notes, boolean enableTrustedAccess) {
		caller.requireCan(Action.DS_SHARE_DIRECTORY);
		Directory.requireId(directoryId);
		this.directories.find(caller.accountId(), directoryId)
			.orElseThrow(() -> OwnerSharingService.directoryNotFound(directoryId));
		caller.require(Action.DS_SHARE_DIRECTORY, this.resources.of(caller, directoryId));
		ShareOutcomes.TrustedAccessStep trustedAccess = (method == ShareMethod.ORGANIZATIONS && enableTrustedAccess)
				? enableTrustedAccess(caller) : ShareOutcomes.TrustedAccessStep.NOT_ASKED;
		List<ShareOutcomes.Outcome> outcomes = new ArrayList<>();
		for (String accountId : new LinkedHashSet<>(accountIds)) {
			try {
				String sharedDirectoryId = this.owners.shareDirectory(caller, directoryId, ShareTarget.account(accountId),
						method, notes);
				outcomes.add(new ShareOutcomes.Outcome(accountId, sharedDirectoryId, null, null));
			}
			catch (AwsException refused) {
				outcomes.add(new ShareOutcomes.Outcome(accountId, null, refused.errorCode(), refused.getMessage()));
			}
		}
		return new ShareOutcomes(method, trustedAccess, outcomes);
	}

	private ShareOutcomes.TrustedAccessStep enableTrustedAccess(Caller caller) {
		try {
			this.trustedAccess.enableTrustedAccess(caller, TrustedAccess.DIRECTORY_SERVICE);
			return new ShareOutcomes.TrustedAccessStep(true, null);
		}
		catch (AwsException refused) {
			return new ShareOutcomes.TrustedAccessStep(true, refused.getMessage());
		}
	}

}
