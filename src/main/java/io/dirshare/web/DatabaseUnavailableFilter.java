package io.dirshare.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dirshare.core.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * While the database cannot be reached, the portal answers its own "temporarily unavailable" page in the
 * layout with HTTP 503 (an htmx request gets the message in the page's flash area), whether the failure
 * came from a controller, from a filter (the session store, {@code CurrentPrincipalFilter}) or from
 * saving the session at the end. It sits outside the session filter, so it renders without the session:
 * no user in the header, no CSRF token. Other failures, and AWS API requests (which answer in their own
 * wire format), pass through unchanged.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String VIEW = "unavailable";

	static final String ERROR_CODE = "ServiceUnavailable";

	static final String MESSAGE = "dirshare cannot reach its database right now. Nothing was changed; "
			+ "try again in a moment.";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ViewResolver views;

	DatabaseUnavailableFilter(ViewResolver views) {
		this.views = views;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (!DatabaseFailures.isUnavailable(failure) || request.getHeader("X-Amz-Target") != null
					|| response.isCommitted()) {
				throw failure;
			}
			log.warn("{} {} failed: the database is unavailable ({})", request.getMethod(), request.getRequestURI(),
					DatabaseFailures.rootMessage(failure));
			render(request, response);
		}
	}

	private void render(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		// The token lives in the session, which cannot be read now.
		request.removeAttribute("_csrf");
		request.removeAttribute(CsrfToken.class.getName());
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		Map<String, Object> model = new LayoutModel(List.of(), null).attributes(request);
		model.put("currentUser", null);
		model.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		model.put("errorCode", ERROR_CODE);
		model.put("errorMessage", MESSAGE);
		String viewName = VIEW;
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
			viewName = "fragments/alerts :: error";
		}
		try {
			View view = this.views.resolveViewName(viewName, Locale.ENGLISH);
			if (view == null) {
				throw new ServletException("No view " + viewName);
			}
			view.render(model, request, response);
		}
		catch (Exception ex) {
			throw (ex instanceof ServletException servlet) ? servlet : new ServletException(ex);
		}
	}

}
