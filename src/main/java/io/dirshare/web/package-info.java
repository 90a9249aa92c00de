/**
 * The portal's frame: layout model, Region selector, dashboard, error pages and the {@code Caller} of
 * each request.
 */
package io.dirshare.web;
