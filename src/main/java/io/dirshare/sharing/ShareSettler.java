package io.dirshare.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.dirshare.core.AwsRegion;
import io.dirshare.organizations.OrganizationQueries;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles transient shares (Sharing, Rejecting, Deleting) whose due time has come: the asynchronous
 * part of sharing. The due time lives in the database, so a restart picks up where it stopped; each row
 * is claimed by a compare-and-set update on (status, version), so with several app instances on one
 * database each share settles once, and a share changed meanwhile by a user is left alone.
 * <p>
 * It keeps up however many shares come due: each run takes batch after batch until none is left, and a
 * change whose share comes due before the next poll wakes it up for that moment
 * ({@link #wakeUpAt(Instant)}). A share whose due time has passed is also settled by the next change of
 * its directory ({@link #settleDueOf}), so no request is refused because the job has not run yet.
 */
@Component
public class ShareSettler {

	private static final int BATCH = 100;

	/** At most this many batches per run, so one run never holds the scheduler's thread for long. */
	private static final int MAX_BATCHES_PER_RUN = 50;

	private final ShareRepository shares;

	private final OrganizationQueries organizations;

	private final TaskScheduler scheduler;

	private final Duration pollInterval;

	private final Clock clock;

	/** Whether a wake-up is scheduled and has not started yet: more requests meanwhile need no other. */
	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	ShareSettler(ShareRepository shares, OrganizationQueries organizations, TaskScheduler scheduler,
			@Value("${dirshare.jobs.poll-interval-ms:500}") long pollIntervalMillis, Clock clock) {
		this.shares = shares;
		this.organizations = organizations;
		this.scheduler = scheduler;
		this.pollInterval = Duration.ofMillis(pollIntervalMillis);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dirshare.jobs.poll-interval-ms:500}", initialDelayString = "${dirshare.jobs.poll-interval-ms:500}")
	void poll() {
		settleDue(this.clock.instant());
	}

	/**
	 * Asks for a run at {@code due}, when a share comes due then; the regular poll takes what comes due
	 * after its next run anyway. Call it once the change that set the due time has committed.
	 */
	void wakeUpAt(Instant due) {
		if (Duration.between(this.clock.instant(), due).compareTo(this.pollInterval) >= 0) {
			return;
		}
		if (this.wakeUpPending.compareAndSet(false, true)) {
			this.scheduler.schedule(() -> {
				this.wakeUpPending.set(false);
				settleDue(this.clock.instant());
			}, due);
		}
	}

	/** @return how many shares this call settled */
	public int settleDue(Instant now) {
		int settled = 0;
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
			List<Share> due = this.shares.dueToSettle(now, BATCH);
			settled += settle(due);
			if (due.size() < BATCH) {
				break;
			}
		}
		return settled;
	}

	/**
	 * Settles the shares of one directory in one Region whose due time has passed, inside the caller's
	 * transaction, which has locked the directory and read nothing else yet: what a change of the directory
	 * must see settled.
	 */
	int settleDueOf(String ownerDirectoryId, AwsRegion region, Instant now) {
		return settle(this.shares.lockDueToSettle(ownerDirectoryId, region, now));
	}

	private int settle(List<Share> due) {
		int settled = 0;
		for (Share share : due) {
			ShareStatus next = ShareStateMachine.next(share.shareStatus(), outcome(share));
			if (this.shares.transition(share, next, this.clock.instant(), null)) {
				settled++;
			}
		}
		return settled;
	}

	/**
	 * A pending invitation is due only when it expires. An ORGANIZATIONS share can only be completed while both accounts are still in one organization;
	 * if the consumer left before it settled, the share fails.
	 */
	private ShareEvent outcome(Share share) {
		if (share.isPendingAcceptance()) {
			// Only an invitation with an expiry is ever due while it waits for acceptance.
			return ShareEvent.EXPIRE;
		}
		if (share.shareStatus() == ShareStatus.Sharing && share.shareMethod() == ShareMethod.ORGANIZATIONS
				&& !this.organizations.sameOrganization(share.ownerAccountId(), share.sharedAccountId())) {
			return ShareEvent.FAIL;
		}
		return ShareEvent.SETTLE;
	}

}
