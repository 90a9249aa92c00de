package io.dirshare.web;

import io.dirshare.core.Caller;

/**
 * A count shown beside a navigation link (open invitations, directories waiting for acceptance). A
 * feature contributes one as a bean; the layout shows {@code navBadges[key]} and htmx responses that
 * change the count swap the element {@code nav-badge-<key>} out of band.
 */
public interface NavigationBadge {

	/**
	 * A badge may stop counting here: every page shows it, so its query must not grow with the rows it
	 * counts. The layout shows more than 99 as "99+".
	 */
	int COUNTED_UP_TO = 100;

	String key();

	long count(Caller caller);

}
