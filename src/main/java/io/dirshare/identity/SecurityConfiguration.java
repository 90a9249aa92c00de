package io.dirshare.identity;

import java.util.Map;
import java.util.Objects;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's security: IAM-style sign-in, CSRF on every form and htmx request, strict headers. The
 * AWS API has its own stateless chain, ordered before this one. The {@link IamAuthenticationProvider}
 * bean is Spring Security's global authentication provider; it is not added to the chain as well,
 * or a refused sign-in would be tried (and counted) twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String SIGN_IN_PAGE = "/signin";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'; object-src 'none'";

	/**
	 * New hashes are {@code {bcrypt-sha256}} (no 72-byte limit); hashes made before as plain
	 * {@code {bcrypt}} still verify.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(Sha256BcryptPasswordEncoder.ID, Map.of(Sha256BcryptPasswordEncoder.ID,
				new Sha256BcryptPasswordEncoder(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/** Spring Security's strict firewall and its rules, checked by {@link FirewallCharacters}. */
	@Bean
	StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(FirewallCharacters::isAllowedName);
		firewall.setAllowedHeaderValues(FirewallCharacters::isAllowedHeaderValue);
		firewall.setAllowedParameterNames(FirewallCharacters::isAllowedName);
		return firewall;
	}

	@Bean
	@Order(10)
	SecurityFilterChain portalSecurity(HttpSecurity http, IamUserRepository users, AccountRepository accounts,
			AccountPositions positions, UserPermissions permissions) throws Exception {
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers(SIGN_IN_PAGE, "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/actuator/health", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage(SIGN_IN_PAGE)
				.loginProcessingUrl(SIGN_IN_PAGE)
				.usernameParameter("username")
				.passwordParameter("password")
				.authenticationDetailsSource(SignInDetails.source())
				.failureHandler(signInFailureHandler())
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/signout").logoutSuccessUrl(SIGN_IN_PAGE + "?signedOut"))
			.exceptionHandling((exceptions) -> exceptions
				// An htmx request whose session ended reloads the page, so the sign-in page never lands in a swap target.
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE),
						(request) -> true))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterAfter(new CurrentPrincipalFilter(users, accounts, positions, permissions,
					SecurityContextHolder.getContextHolderStrategy()), SecurityContextHolderFilter.class);
		return http.build();
	}

	/**
	 * Back to the sign-in page with the reason and the account the person typed (an account ID or alias
	 * is no secret), so only user name and password need typing again.
	 */
	private static AuthenticationFailureHandler signInFailureHandler() {
		return (request, response, exception) -> response.sendRedirect(UriComponentsBuilder
			.fromPath(request.getContextPath() + SIGN_IN_PAGE)
			.query((exception instanceof LockedException) ? "locked" : "error")
			.queryParam(SignInDetails.ACCOUNT_PARAMETER, Objects.toString(request.getParameter(SignInDetails.ACCOUNT_PARAMETER), "").trim())
			.encode()
			.build()
			.toUriString());
	}

}
