package io.dirshare.testcontrol;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The controls' own filter chain for {@code /_dirshare/**}, after the AWS API's and the actuator's and
 * before the portal's. On ({@code dirshare.test-controls.enabled}): the admin token only, whatever session
 * the browser has (a portal session alone reaches nothing here), no CSRF token (nothing here is a browser
 * form); no token is 401, a wrong one 403. Off: the paths lead nowhere (404), never to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class TestControlsSecurityConfiguration {

	static final String PREFIX = "/_dirshare";

	private static final Logger log = LoggerFactory.getLogger(TestControlsSecurityConfiguration.class);

	@Bean
	@Order(3)
	SecurityFilterChain testControlsSecurity(HttpSecurity http,
			@Value("${dirshare.test-controls.enabled:false}") boolean enabled,
			@Value("${dirshare.test-controls.token:}") String configuredToken) throws Exception {
		http.securityMatcher(PREFIX, PREFIX + "/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable());
		if (!enabled) {
			return http.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll()).build();
		}
		TestControlsToken token = TestControlsToken.of(configuredToken);
		if (token.isGenerated()) {
			log.info("Controls for test suites are on at {}/ with the generated token {} (send it as "
					+ "\"Authorization: Bearer <token>\"; set dirshare.test-controls.token or "
					+ "DIRSHARE_TEST_CONTROLS_TOKEN for a fixed one)", PREFIX, token.value());
		}
		else {
			log.info("Controls for test suites are on at {}/ with the token of dirshare.test-controls.token", PREFIX);
		}
		return http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> refuse(
					response, HttpServletResponse.SC_UNAUTHORIZED, "MissingToken",
					"Send the token of dirshare.test-controls.token as \"Authorization: Bearer <token>\".")))
			.addFilterBefore(new TokenFilter(token), AuthorizationFilter.class)
			.build();
	}

	/** Admits a request that presents the token; answers one without it 401, one with another token 403. */
	private static final class TokenFilter extends OncePerRequestFilter {

		private final TestControlsToken token;

		TokenFilter(TestControlsToken token) {
			this.token = token;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String presented = TestControlsToken.presented(request);
			if (presented == null) {
				refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "MissingToken",
						"Send the token of dirshare.test-controls.token as \"Authorization: Bearer <token>\".");
				return;
			}
			if (!this.token.matches(presented)) {
				refuse(response, HttpServletResponse.SC_FORBIDDEN, "WrongToken",
						"The token is not the one of dirshare.test-controls.token.");
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-controls", null, List.of()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

	static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
		response.setStatus(status);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(TestControlsJson.error(code, message));
	}

}
