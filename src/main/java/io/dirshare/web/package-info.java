/**
 * The portal's frame: layout model, Region selector, error pages, navigation badge slots that features
 * fill, and the {@code Caller} of each request. Imports no feature.
 */
package io.dirshare.web;
