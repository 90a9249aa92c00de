package io.dirshare.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts portal sign-ins as {@value #NAME}, tagged {@code outcome}: {@code success}, {@code failure}
 * (wrong credentials) or {@code locked} (refused by the sign-in throttle). Spring Security publishes the
 * events for the form sign-in only; the AWS API authenticates each request by its signature and is
 * counted with the API's calls.
 */
@Component
class SignInMetrics {

	static final String NAME = "dirshare.sign.ins";

	private final Counter successes;

	private final Counter failures;

	private final Counter locks;

	SignInMetrics(MeterRegistry registry) {
		this.successes = counter(registry, "success");
		this.failures = counter(registry, "failure");
		this.locks = counter(registry, "locked");
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder(NAME).description("Portal sign-ins by outcome").tag("outcome", outcome).register(registry);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.successes.increment();
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		((event instanceof AuthenticationFailureLockedEvent) ? this.locks : this.failures).increment();
	}

}
