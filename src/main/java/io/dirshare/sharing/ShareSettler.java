package io.dirshare.sharing;

import java.time.Clock;
import java.time.Instant;

import io.dirshare.organizations.OrganizationQueries;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles transient shares (Sharing, Rejecting, Deleting) whose due time has come: the asynchronous
 * part of sharing. The due time lives in the database, so a restart picks up where it stopped; each row
 * is claimed by a compare-and-set update on (status, version), so with several app instances on one
 * database each share settles once, and a share changed meanwhile by a user is left alone.
 */
@Component
public class ShareSettler {

	private static final int BATCH = 100;

	private final ShareRepository shares;

	private final OrganizationQueries organizations;

	private final Clock clock;

	ShareSettler(ShareRepository shares, OrganizationQueries organizations, Clock clock) {
		this.shares = shares;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dirshare.jobs.poll-interval-ms:500}", initialDelayString = "${dirshare.jobs.poll-interval-ms:500}")
	void poll() {
		settleDue(this.clock.instant());
	}

	/** @return how many shares this call settled */
	public int settleDue(Instant now) {
		int settled = 0;
		for (Share share : this.shares.dueToSettle(now, BATCH)) {
			ShareStatus next = ShareStateMachine.next(share.shareStatus(), outcome(share));
			if (this.shares.transition(share, next, this.clock.instant(), null)) {
				settled++;
			}
		}
		return settled;
	}

	/**
	 * An ORGANIZATIONS share can only be completed while both accounts are still in one organization;
	 * if the consumer left before it settled, the share fails.
	 */
	private ShareEvent outcome(Share share) {
		if (share.shareStatus() == ShareStatus.Sharing && share.shareMethod() == ShareMethod.ORGANIZATIONS
				&& !this.organizations.sameOrganization(share.ownerAccountId(), share.sharedAccountId())) {
			return ShareEvent.FAIL;
		}
		return ShareEvent.SETTLE;
	}

}
