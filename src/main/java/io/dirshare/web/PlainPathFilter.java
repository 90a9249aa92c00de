package io.dirshare.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 404 (the portal's Not found page) for a path holding a character outside printable ASCII once
 * decoded. No page or ID of dirshare has one, so such a path is made up; echoed into a redirect it would
 * give a {@code Location} that Tomcat cannot send, a 302 that leads nowhere.
 */
@Component
class PlainPathFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
		if (!isPlain(path)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isPlain(String text) {
		return text.chars().allMatch((c) -> c > 0x20 && c < 0x7f);
	}

}
