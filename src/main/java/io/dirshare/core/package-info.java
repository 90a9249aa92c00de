/**
 * Primitives every feature shares: AWS-named errors, Regions, identifier shapes, pages and the clock.
 */
package io.dirshare.core;
