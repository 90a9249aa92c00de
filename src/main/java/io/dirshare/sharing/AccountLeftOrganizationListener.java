package io.dirshare.sharing;


import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.organizations.AccountLeftOrganizationEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * dirshare's decision (README, "Leaving the organization"): ORGANIZATIONS shares exist only because
 * both accounts are in one organization, so when the consumer leaves or is removed, its live
 * ORGANIZATIONS shares from the management account are unshared (Deleting → Deleted), as the owner's
 * Unshare would. HANDSHAKE shares were accepted by the account itself and stay.
 */
@Component
class AccountLeftOrganizationListener {

	private final ShareRepository shares;

	private final ShareTransitions transitions;

	private final AuditTrail audit;

	AccountLeftOrganizationListener(ShareRepository shares, ShareTransitions transitions, AuditTrail audit) {
		this.shares = shares;
		this.transitions = transitions;
		this.audit = audit;
	}

	/** Runs in the transaction that removed the membership, so both commit or neither does. */
	@EventListener
	@Transactional
	public void onAccountLeftOrganization(AccountLeftOrganizationEvent event) {
		for (Share found : this.shares.findLiveOrganizationShares(event.managementAccountId(), event.accountId())) {
			Share share = this.shares.lockBySharedDirectoryId(found.sharedDirectoryId()).orElseThrow();
			if (!share.shareStatus().isLive() || share.shareStatus() == ShareStatus.Deleting) {
				continue;
			}
			Caller system = Caller.system(share.ownerAccountId(), "dirshare", AccountPosition.MANAGEMENT,
					share.region());
			this.transitions.move(share, ShareEvent.UNSHARE);
			String summary = "directoryId=" + share.ownerDirectoryId() + ", target=" + share.sharedAccountId()
					+ ", sharedDirectoryId=" + share.sharedDirectoryId()
					+ ": account left organization " + event.organizationId();
			this.audit.recordSuccess(system, Action.DS_UNSHARE_DIRECTORY.iamName(), summary);
			this.audit.recordSuccessFor(share.sharedAccountId(), system, Action.DS_UNSHARE_DIRECTORY.iamName(), summary);
		}
	}

}
