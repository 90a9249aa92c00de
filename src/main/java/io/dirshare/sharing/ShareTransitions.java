package io.dirshare.sharing;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes the {@link ShareStateMachine}'s answers for the owner's, the consumer's and the organization's
 * changes of a share. Runs inside the caller's transaction, on a share row the caller has locked.
 */
@Component
class ShareTransitions {

	private final ShareRepository shares;

	private final SharingProperties properties;

	private final Clock clock;

	ShareTransitions(ShareRepository shares, SharingProperties properties, Clock clock) {
		this.shares = shares;
		this.properties = properties;
		this.clock = clock;
	}

	/** Applies the state machine's answer to a locked share; a refusal leaves it untouched. */
	void move(Share share, ShareEvent event) {
		ShareStatus next = ShareStateMachine.next(share.shareStatus(), event);
		Instant now = this.clock.instant();
		if (!this.shares.transition(share, next, now, settleDue(next, now))) {
			throw new OptimisticLockingFailureException("Share " + share.sharedDirectoryId() + " changed meanwhile");
		}
	}

	/** When the settle job takes a share entering {@code status} further: never for a lasting status. */
	Instant settleDue(ShareStatus status, Instant now) {
		return status.isTransient() ? now.plus(this.properties.settleDelay()) : null;
	}

}
