package io.dirshare.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import io.dirshare.core.AwsRegion;

/**
 * The console's Region, as the AWS console keeps it: in the page's URL ({@code ?region=us-west-2}), so
 * every browser tab stays in its own Region. The session only remembers the Region last chosen in the
 * header, as the default for a page opened without one (a new tab); us-east-1 until then. Links, forms
 * and redirects carry the Region on ({@link RegionUrlFilter}).
 */
public final class RegionSelection {

	/** The query parameter that names the page's Region. */
	public static final String PARAMETER = "region";

	static final String SESSION_ATTRIBUTE = RegionSelection.class.getName();

	private RegionSelection() {
	}

	public static AwsRegion current(HttpServletRequest request) {
		AwsRegion inUrl = AwsRegion.fromCode(request.getParameter(PARAMETER)).orElse(null);
		return (inUrl != null) ? inUrl : sessionDefault(request);
	}

	/** The Region last chosen in the header, for pages opened without one. */
	static AwsRegion sessionDefault(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object region = (session != null) ? session.getAttribute(SESSION_ATTRIBUTE) : null;
		return (region instanceof AwsRegion selected) ? selected : AwsRegion.DEFAULT;
	}

	static void select(HttpServletRequest request, AwsRegion region) {
		request.getSession().setAttribute(SESSION_ATTRIBUTE, region);
	}

	/** The local URL with its Region parameter set to this Region, replacing any it had. */
	static String withRegion(String url, AwsRegion region) {
		int hash = url.indexOf('#');
		String fragment = (hash >= 0) ? url.substring(hash) : "";
		String base = (hash >= 0) ? url.substring(0, hash) : url;
		int question = base.indexOf('?');
		String path = (question >= 0) ? base.substring(0, question) : base;
		List<String> parameters = new ArrayList<>();
		if (question >= 0) {
			for (String parameter : base.substring(question + 1).split("&")) {
				if (!parameter.isEmpty() && !isRegionParameter(parameter)) {
					parameters.add(parameter);
				}
			}
		}
		parameters.add(PARAMETER + "=" + region.code());
		return path + "?" + String.join("&", parameters) + fragment;
	}

	static boolean hasRegion(String url) {
		int question = url.indexOf('?');
		if (question < 0) {
			return false;
		}
		int hash = url.indexOf('#', question);
		String query = url.substring(question + 1, (hash >= 0) ? hash : url.length());
		for (String parameter : query.split("&")) {
			if (isRegionParameter(parameter)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRegionParameter(String parameter) {
		return parameter.equals(PARAMETER) || parameter.startsWith(PARAMETER + "=");
	}

}
