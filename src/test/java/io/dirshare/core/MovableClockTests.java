package io.dirshare.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MovableClockTests {

	private static final Instant REAL = Instant.parse("2026-11-30T10:00:00Z");

	private final MovableClock clock = new MovableClock(Clock.fixed(REAL, ZoneOffset.UTC));

	@Test
	void movesForwardAndBackToTheRealTimeOnly() {
		assertThat(this.clock.instant()).isEqualTo(REAL);
		assertThat(this.clock.advance(Duration.ofDays(15))).isEqualTo(REAL.plus(Duration.ofDays(15)));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.clock.offset()).isEqualTo(Duration.ofDays(15).plusMinutes(1));
		assertThat(this.clock.wallClock().instant()).isEqualTo(REAL);
		assertThatThrownBy(() -> this.clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
		this.clock.reset();
		assertThat(this.clock.instant()).isEqualTo(REAL);
	}

	@Test
	void inAnotherZoneItStillMoves() {
		Clock paris = this.clock.withZone(ZoneId.of("Europe/Paris"));
		this.clock.advance(Duration.ofHours(1));
		assertThat(paris.instant()).isEqualTo(REAL.plus(Duration.ofHours(1)));
		assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(this.clock.withZone(ZoneOffset.UTC)).isSameAs(this.clock);
	}

}
