package io.dirshare.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock: the system's UTC time plus an offset that only moves forward, so a test suite
 * can let handshakes, invitations and sign-in lockouts expire without waiting (README: "Controls for test
 * suites"). The offset lives in this instance's memory: each instance of a cluster has its own, and a
 * restart puts it back to zero.
 */
public final class MovableClock extends Clock {

	private final Clock wallClock;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public MovableClock(Clock wallClock) {
		this.wallClock = wallClock;
	}

	/** Moves this instance's time forward by {@code duration} (zero or more). */
	public Instant advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The clock only moves forward; reset it to go back to the real time.");
		}
		this.offset.updateAndGet((current) -> current.plus(duration));
		return instant();
	}

	/** Back to the system's time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	/** How far this instance's time is ahead of the system's. */
	public Duration offset() {
		return this.offset.get();
	}

	/**
	 * The system's own time, for what must match the real world rather than the application's time: a
	 * SigV4 signature's timestamp, which the client's clock wrote.
	 */
	public Clock wallClock() {
		return this.wallClock;
	}

	@Override
	public Instant instant() {
		return this.wallClock.instant().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return ZoneOffset.UTC.equals(zone) ? this : new InZone(this, zone);
	}

	/** The same moving time, seen in another zone. */
	private static final class InZone extends Clock {

		private final MovableClock clock;

		private final ZoneId zone;

		InZone(MovableClock clock, ZoneId zone) {
			this.clock = clock;
			this.zone = zone;
		}

		@Override
		public Instant instant() {
			return this.clock.instant();
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this.clock.withZone(zone);
		}

	}

}
