package io.dirshare.sharing;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How long each transient share status (Sharing, Rejecting, Deleting) lasts on this instance: {@code
 * dirshare.sharing.settle-delay} for each, until the controls for test suites set one apart. Kept in
 * memory, so each instance has its own and a restart goes back to the property.
 */
@Component
public class ShareDelays {

	private final Duration configured;

	/** Replaced whole on a change, so every share transition reads it without taking a lock. */
	private volatile Map<ShareStatus, Duration> delays = Map.of();

	ShareDelays(SharingProperties properties) {
		this.configured = properties.settleDelay();
		reset();
	}

	/** How long a share entering the transient {@code status} stays in it. */
	public Duration of(ShareStatus status) {
		Duration delay = this.delays.get(status);
		if (delay == null) {
			throw new IllegalArgumentException(status + " is not a transient share status");
		}
		return delay;
	}

	/** Sets how long shares entering the transient {@code status} from now on stay in it. */
	public synchronized void set(ShareStatus status, Duration delay) {
		if (!status.isTransient()) {
			throw new IllegalArgumentException(status + " is not a transient share status");
		}
		if (delay.isNegative()) {
			throw new IllegalArgumentException("A delay cannot be negative");
		}
		Map<ShareStatus, Duration> changed = new EnumMap<>(this.delays);
		changed.put(status, delay);
		this.delays = changed;
	}

	/** Every transient status back to {@code dirshare.sharing.settle-delay}. */
	public synchronized void reset() {
		Map<ShareStatus, Duration> configured = new EnumMap<>(ShareStatus.class);
		for (ShareStatus status : ShareStatus.values()) {
			if (status.isTransient()) {
				configured.put(status, this.configured);
			}
		}
		this.delays = configured;
	}

}
