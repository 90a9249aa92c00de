package io.dirshare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import io.dirshare.core.AwsRegion;

/** The console's Region selector: the chosen Region is kept in the session, us-east-1 until changed. */
public final class RegionSelection {

	static final String SESSION_ATTRIBUTE = RegionSelection.class.getName();

	private RegionSelection() {
	}

	public static AwsRegion current(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object region = (session != null) ? session.getAttribute(SESSION_ATTRIBUTE) : null;
		return (region instanceof AwsRegion selected) ? selected : AwsRegion.DEFAULT;
	}

	static void select(HttpServletRequest request, AwsRegion region) {
		request.getSession().setAttribute(SESSION_ATTRIBUTE, region);
	}

}
