package io.dirshare.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Lets MockMvc tests go on passing a {@code MockHttpSession} with {@code .session(...)} although the
 * portal's sessions live in the database (Spring Session JDBC), which ignores the servlet container's
 * session and follows its {@value #COOKIE} cookie instead. In front of Spring Session's filter, this filter
 * sends the session cookie for the Spring session whose ID the mock session carries, and afterwards keeps
 * the ID that came back in the mock session; when the ID changes (sign-in does that), the mock session's
 * ID changes too, and when the session ends, the mock session forgets it. So every MockMvc test runs
 * against the real session store. Only MockMvc requests are touched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessionBridge {

	/** Spring Session's cookie. */
	static final String COOKIE = "SESSION";

	static final String ATTRIBUTE = MockMvcSessionBridge.class.getName() + ".SPRING_SESSION_COOKIE";

	/** The ID of the Spring session a MockMvc test's session stands for, or null. */
	public static String springSessionId(HttpSession mockSession) {
		Object cookie = mockSession.getAttribute(ATTRIBUTE);
		return (cookie != null) ? new String(Base64.getDecoder().decode((String) cookie), StandardCharsets.UTF_8) : null;
	}

	@Bean
	FilterRegistrationBean<Filter> mockMvcSessionBridge() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Bridge());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	static final class Bridge extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			MockHttpServletRequest mockRequest = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			MockHttpServletResponse mockResponse = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
			if (mockRequest == null || mockResponse == null) {
				chain.doFilter(request, response);
				return;
			}
			HttpSession mockSession = mockRequest.getSession(false);
			String sent = (mockSession != null) ? (String) mockSession.getAttribute(ATTRIBUTE) : null;
			if (sent != null && WebUtils.getCookie(mockRequest, COOKIE) == null) {
				List<Cookie> cookies = new ArrayList<>(
						(mockRequest.getCookies() != null) ? Arrays.asList(mockRequest.getCookies()) : List.of());
				cookies.add(new Cookie(COOKIE, sent));
				mockRequest.setCookies(cookies.toArray(Cookie[]::new));
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				keep(mockRequest, mockResponse, sent);
			}
		}

		private static void keep(MockHttpServletRequest request, MockHttpServletResponse response, String sent) {
			Cookie written = null;
			for (Cookie cookie : response.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					written = cookie;
				}
			}
			if (written == null) {
				return;
			}
			if (written.getMaxAge() == 0 || written.getValue().isEmpty()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.removeAttribute(ATTRIBUTE);
				}
			}
			else if (!written.getValue().equals(sent)) {
				request.getSession(true).setAttribute(ATTRIBUTE, written.getValue());
				request.changeSessionId();
			}
		}

	}

}
