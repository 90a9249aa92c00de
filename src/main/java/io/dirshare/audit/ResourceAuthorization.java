package io.dirshare.audit;

import io.dirshare.core.policy.Decision;
import io.dirshare.core.policy.ResourceRef;

/**
 * Given to a change that must find (and lock) its resource before the caller's policies can judge it,
 * e.g. a directory whose tags a condition tests: the change calls {@link #require} once it has the
 * resource, before it changes anything.
 */
@FunctionalInterface
public interface ResourceAuthorization {

	/** Refuses with AccessDeniedException unless the caller's policies allow the action on the resource. */
	Decision require(ResourceRef resource);

}
