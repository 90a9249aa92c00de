package io.dirshare.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.SignedInPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the layout's header and navigation need on every page: the signed-in user, the Region selector
 * and the navigation counts. Pages get it through {@link LayoutModelAdvice}; error pages rendered by an
 * exception handler, which Spring gives no model attributes, through {@link ErrorHandlingAdvice}. Not a
 * bean of its own, so that MVC test slices (which load advices but no components) need nothing more.
 */
final class LayoutModel {

	private final List<NavigationBadge> badges;

	private final CallerArgumentResolver callers;

	/** @param callers how to know the request's caller; null when there are no badges to count */
	LayoutModel(List<NavigationBadge> badges, CallerArgumentResolver callers) {
		this.callers = callers;
		this.badges = badges;
	}

	Map<String, Object> attributes(HttpServletRequest request) {
		SignedInPrincipal user = currentUser();
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("currentUser", user);
		attributes.put("currentRegion", RegionSelection.current(request));
		attributes.put("currentPath", currentPath(request));
		attributes.put("navActive", navSection(currentPath(request)));
		attributes.put("regions", AwsRegion.all());
		attributes.put("navBadges", navBadges(user, request));
		return attributes;
	}

	private static SignedInPrincipal currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInPrincipal user) ? user : null;
	}

	/** Where the Region selector returns to after switching: on an error page, the page that failed. */
	private static String currentPath(HttpServletRequest request) {
		Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failedUri != null) {
			return failedUri.toString();
		}
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	/** Which sidebar link the page belongs to, so the sidebar can mark it as the current one. */
	static String navSection(String path) {
		String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		if (bare.equals("/")) {
			return "dashboard";
		}
		for (String prefix : NAV_PREFIXES) {
			if (bare.equals(prefix) || bare.startsWith(prefix + "/")) {
				return prefix;
			}
		}
		return "";
	}

	/** The sidebar's links, longest first so that /organization/accounts wins over /organization. */
	private static final List<String> NAV_PREFIXES = List.of("/organization/accounts", "/organization/invitations",
			"/organization/services", "/organization/policies", "/organization", "/shared-directories",
			"/available-directories", "/access-requests", "/directories", "/invitations",
			"/iam/users", "/iam/policies", "/iam/policy-simulator", "/events");

	private Map<String, Long> navBadges(SignedInPrincipal user, HttpServletRequest request) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (user == null || this.badges.isEmpty() || "true".equals(request.getHeader("HX-Request"))) {
			// Fragments refresh their badges themselves, out of band.
			return counts;
		}
		Caller caller = this.callers.callerOf(request);
		this.badges.forEach((badge) -> counts.put(badge.key(), badge.count(caller)));
		return counts;
	}

}
