package io.dirshare.core;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every time the services write, so tests can move time (expiry, lockout windows): the
 * system's UTC time, which the controls for test suites can move forward ({@link MovableClock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	MovableClock clock() {
		return new MovableClock(Clock.systemUTC());
	}

}
