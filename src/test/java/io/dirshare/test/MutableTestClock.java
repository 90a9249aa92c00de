package io.dirshare.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for a test that moves time forward (expiry of invitations and access
 * requests): {@code @Import} it, then {@link #advance}. It runs with the real time plus what the test
 * added, so data made by other tests on the same database keeps its meaning and transient states still
 * settle by themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableTestClock extends Clock {

	private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

	@Bean
	@Primary
	MutableTestClock mutableTestClock() {
		return this;
	}

	public void advance(Duration duration) {
		this.ahead.updateAndGet((offset) -> offset.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.ahead.get());
	}

}
