package io.dirshare.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The request log, and the actuator's own filter chain, ordered after the AWS API's and before the
 * portal's: the health probes ({@code /actuator/health/**}) answer anyone, since load balancers and
 * orchestrators probe without credentials; {@code /actuator/prometheus} answers only
 * {@code Authorization: Bearer <dirshare.metrics.scrape-token>}, and nothing at all while no token is
 * configured; every other actuator path is refused. Stateless: no session, no CSRF, no sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OperationsConfiguration.class);

	@Bean
	FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
		FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
		// First of all, so that every later filter's log lines carry the request ID.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http,
			@Value("${management.endpoints.web.base-path:/actuator}") String basePath,
			@Value("${dirshare.metrics.scrape-token:}") String scrapeToken) throws Exception {
		ScrapeToken token = new ScrapeToken(scrapeToken);
		if (!token.isConfigured()) {
			log.info("/actuator/prometheus refuses every scrape: dirshare.metrics.scrape-token is not set");
		}
		http.securityMatcher(basePath + "/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.authorizeHttpRequests((authorize) -> authorize.requestMatchers(basePath + "/health", basePath + "/health/**")
				.permitAll()
				.requestMatchers(basePath + "/prometheus")
				.access((authentication, context) -> new AuthorizationDecision(token.admits(context.getRequest())))
				.anyRequest()
				.denyAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED).commence(request, response, ex);
			}));
		return http.build();
	}

}
