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
 * <p>
 * A settled share normally ends well (Shared, Rejected, Deleted); it fails (ShareFailed) when an
 * ORGANIZATIONS share's accounts no longer share an organization, or when a test suite asked for
 * failures ({@link ShareFailures}: ShareFailed, RejectFailed).
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

	private final ShareFailures failures;

	/** Whether a wake-up is scheduled and has not started yet: more requests meanwhile need no other. */
	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	ShareSettler(ShareRepository shares, OrganizationQueries organizations, TaskScheduler scheduler,
			@Value("${dirshare.jobs.poll-interval-ms:500}") long pollIntervalMillis, Clock clock,
			ShareFailures failures) {
		this.shares = shares;
		this.organizations = organizations;
		this.scheduler = scheduler;
		this.pollInterval = Duration.ofMillis(pollIntervalMillis);
		this.clock = clock;
		this.failures = failures;
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
			// The scheduler runs on the system's time, which the application's clock may be ahead of.
			Instant wallDue = this.scheduler.getClock().instant().plus(Duration.between(this.clock.instant(), due));
			this.scheduler.schedule(() -> {
				this.wakeUpPending.set(false);
				settleDue(this.clock.instant());
			}, wallDue);
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
	 * Settles every transient share now, however long its status was meant to last: the controls for
	 * test suites' "settle now", and the demo data, which starts settled.
	 *
	 * @return how many shares this call settled
	 */
	public int settleAllNow() {
		int settled = 0;
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
			List<Share> transientShares = this.shares.transientShares(BATCH);
			int settledInBatch = settle(transientShares);
			settled += settledInBatch;
			if (transientShares.size() < BATCH || settledInBatch == 0) {
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
			boolean injectedFailure = this.failures.takeFailure(share.shareStatus());
			ShareEvent event = injectedFailure ? ShareEvent.FAIL : outcome(share);
			ShareStatus next = ShareStateMachine.next(share.shareStatus(), event);
			if (this.shares.transition(share, next, this.clock.instant(), null)) {
				settled++;
			}
			else if (injectedFailure) {
				this.failures.giveBack(share.shareStatus());
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
