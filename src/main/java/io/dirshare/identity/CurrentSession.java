package io.dirshare.identity;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The ID of the portal session the current request belongs to, if it runs in one. */
final class CurrentSession {

	private CurrentSession() {
	}

	static String id() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpSession session = servlet.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
