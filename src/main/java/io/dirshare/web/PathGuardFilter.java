package io.dirshare.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 404 (the portal's Not found page) for paths no page has:
 * <ul>
 * <li>a path holding a character outside printable ASCII once decoded. No page or ID of dirshare has
 * one, so such a path is made up; echoed into a redirect it would give a {@code Location} that Tomcat
 * cannot send, a 302 that leads nowhere;</li>
 * <li>the error page asked for directly ({@code GET /error}): it renders the error of a failed request,
 * and without one it would report a failure (500) that never happened.</li>
 * </ul>
 * Error dispatches are not filtered, so the error page itself still renders every error.
 */
@Component
class PathGuardFilter extends OncePerRequestFilter {

	private final String errorPath;

	PathGuardFilter(@Value("${server.error.path:/error}") String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
		if (!isPlain(path) || path.equals(this.errorPath) || path.startsWith(this.errorPath + "/")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isPlain(String text) {
		return text.chars().allMatch((c) -> c > 0x20 && c < 0x7f);
	}

}
