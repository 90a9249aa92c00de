package io.dirshare.web;

import io.dirshare.core.Caller;

/**
 * A count shown beside a navigation link (open invitations, directories waiting for acceptance). A
 * feature contributes one as a bean; the layout shows {@code navBadges[key]} and htmx responses that
 * change the count swap the element {@code nav-badge-<key>} out of band.
 */
public interface NavigationBadge {

	String key();

	long count(Caller caller);

}
