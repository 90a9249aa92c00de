package io.dirshare.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.AwsRegion;
import io.dirshare.identity.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout's header and navigation need on every page. */
@ControllerAdvice
class LayoutModelAdvice {

	private final List<NavigationBadge> badges;

	LayoutModelAdvice(List<NavigationBadge> badges) {
		this.badges = badges;
	}

	@ModelAttribute("currentUser")
	SignedInUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) ? user : null;
	}

	@ModelAttribute("currentRegion")
	AwsRegion currentRegion(HttpServletRequest request) {
		return RegionSelection.current(request);
	}

	/** Where the Region selector returns to after switching. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	@ModelAttribute("regions")
	List<AwsRegion> regions() {
		return AwsRegion.all();
	}

	@ModelAttribute("navBadges")
	Map<String, Long> navBadges(HttpServletRequest request) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (currentUser() == null || "true".equals(request.getHeader("HX-Request"))) {
			// Fragments refresh their badges themselves, out of band.
			return counts;
		}
		var caller = CallerArgumentResolver.callerOf(request);
		this.badges.forEach((badge) -> counts.put(badge.key(), badge.count(caller)));
		return counts;
	}

}
