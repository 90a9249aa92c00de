package io.dirshare.api;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.MovableClock;
import io.dirshare.core.RequestIds;
import io.dirshare.identity.AccessKeyService;

import io.dirshare.core.policy.PrincipalAuthorizations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * The AWS API's own filter chain, ordered before the portal's: it takes the requests the SDKs and the
 * CLI send ({@code POST /} carrying {@code X-Amz-Target}) and authenticates them by SigV4 only:
 * stateless, no session, no CSRF token (nothing here is a browser form), no redirect to a sign-in page.
 * A signature's age is judged by the system's clock, which the client's matches, even while the
 * application's clock has been moved forward for a test suite.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String TARGET_HEADER = "X-Amz-Target";

	static final String ENDPOINT_PATH = "/";

	static boolean isApiRequest(HttpServletRequest request) {
		return isEndpoint(request) && (request.getHeader(TARGET_HEADER) != null || isQueryRequest(request));
	}

	/**
	 * A request of the AWS query protocol (STS): a SigV4-signed {@code POST /} without
	 * {@code X-Amz-Target}. The portal never signs its requests, so its own {@code POST}s stay its own.
	 */
	static boolean isQueryRequest(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return isEndpoint(request) && request.getHeader(TARGET_HEADER) == null && "POST".equals(request.getMethod())
				&& authorization != null && authorization.startsWith(SigV4Authorization.ALGORITHM);
	}

	private static boolean isEndpoint(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.isEmpty() || ENDPOINT_PATH.equals(path);
	}

	@Bean
	@Order(1)
	SecurityFilterChain awsApiSecurity(HttpSecurity http, AccessKeyService accessKeys, MovableClock clock,
			ApiMetrics metrics, PrincipalAuthorizations authorizations) throws Exception {
		http.securityMatcher(ApiSecurityConfiguration::isApiRequest)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> WireResponses
				.writeError(response, ApiException.missingAuthenticationToken(), RequestIds.current())))
			.addFilterBefore(new SigV4AuthenticationFilter(accessKeys, clock.wallClock(),
					SecurityContextHolder.getContextHolderStrategy(), metrics, authorizations), AuthorizationFilter.class)
			.addFilterBefore(new ApiCallLogFilter(), DisableEncodeUrlFilter.class);
		return http.build();
	}

}
