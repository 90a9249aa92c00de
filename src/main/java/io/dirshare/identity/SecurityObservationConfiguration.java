package io.dirshare.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observations of Spring Security's own: with them every filter of every chain runs inside
 * an observation of its own (a tenth of an API call's CPU on the 2-core machines). Requests are still
 * timed as a whole by the HTTP server's observation, and sign-ins and API calls by dirshare's own metrics.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationConfiguration {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
