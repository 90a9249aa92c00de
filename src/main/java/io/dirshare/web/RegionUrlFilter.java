package io.dirshare.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import io.dirshare.core.AwsRegion;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries the page's Region ({@link RegionSelection}) on every link, form action and redirect of the
 * portal, as the AWS console carries {@code ?region=}: the links a page renders (Thymeleaf's {@code @{…}}
 * goes through {@link HttpServletResponse#encodeURL}) name the Region the page was shown in, and so the
 * redirects that answer its forms ({@link HttpServletResponse#encodeRedirectURL}) do, so a tab never
 * follows a Region chosen in another tab. URLs that already name a Region, other sites, static files
 * and the sign-in pages are left alone. Sits inside Spring Security's filters, whose own wrapper keeps
 * session IDs out of URLs.
 */
class RegionUrlFilter extends OncePerRequestFilter {

	private static final List<String> NOT_PAGES = List.of("/css/", "/js/", "/webjars/", "/images/", "/actuator",
			"/signin", "/signout", "/region", "/error", "/favicon");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader("X-Amz-Target") != null) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new RegionUrls(request, response));
	}

	/** The local page URL with the request's Region added, or the URL as it was. */
	static String withRegion(String url, String contextPath, AwsRegion region) {
		if (url == null || !url.startsWith("/") || url.startsWith("//") || RegionSelection.hasRegion(url)) {
			return url;
		}
		String path = url.substring(contextPath.length());
		int end = path.length();
		for (char delimiter : new char[] { '?', '#' }) {
			int at = path.indexOf(delimiter);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		path = path.substring(0, end);
		if (!url.startsWith(contextPath) || NOT_PAGES.stream().anyMatch(path::startsWith)
				|| path.substring(path.lastIndexOf('/') + 1).contains(".")) {
			return url;
		}
		return RegionSelection.withRegion(url, region);
	}

	private static final class RegionUrls extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		RegionUrls(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(withRegion(url, this.request.getContextPath(), RegionSelection.current(this.request)));
		}

		/**
		 * A redirect keeps the Region the request named; a request without one (a page opened without a
		 * Region) goes on with the session's default, as its redirect would without it.
		 */
		@Override
		public String encodeRedirectURL(String url) {
			AwsRegion named = AwsRegion.fromCode(this.request.getParameter(RegionSelection.PARAMETER)).orElse(null);
			return super.encodeRedirectURL(
					(named != null) ? withRegion(url, this.request.getContextPath(), named) : url);
		}

	}

}
