package io.dirshare.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the {@link ShareStateMachine}'s answers for the owner's, the consumer's and the organization's
 * changes of a share. Runs inside the caller's transaction, on a share row the caller has locked.
 */
@Component
class ShareTransitions {

	private final ShareRepository shares;

	private final ShareDelays delays;

	private final ShareSettler settler;

	private final Clock clock;

	ShareTransitions(ShareRepository shares, ShareDelays delays, ShareSettler settler, Clock clock) {
		this.shares = shares;
		this.delays = delays;
		this.settler = settler;
		this.clock = clock;
	}

	/** Applies the state machine's answer to a locked share; a refusal leaves it untouched. */
	void move(Share share, ShareEvent event) {
		ShareStatus next = ShareStateMachine.next(share.shareStatus(), event);
		Instant now = this.clock.instant();
		Instant due = settleDue(next, now);
		if (!this.shares.transition(share, next, now, due)) {
			throw new OptimisticLockingFailureException("Share " + share.sharedDirectoryId() + " changed meanwhile");
		}
	}

	/**
	 * When the settle job takes a share entering {@code status} further: never for a lasting status. The
	 * job is woken up for that moment once the caller's transaction commits.
	 */
	Instant settleDue(ShareStatus status, Instant now) {
		if (!status.isTransient()) {
			return null;
		}
		// Stored at millisecond precision, which MySQL and H2 reach by rounding: a due time rounded up past
		// "now" would keep a share with no delay waiting for the job instead of settling at the next change.
		Instant due = now.plus(this.delays.of(status)).truncatedTo(ChronoUnit.MILLIS);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ShareTransitions.this.settler.wakeUpAt(due);
				}
			});
		}
		return due;
	}

}
