/**
 * The ground every module stands on: AWS-named errors (the error catalogues), Regions, identifier
 * shapes, pages, the clock, and the caller model ({@code Caller}, {@code Action},
 * {@code AccountPosition}) that every feature and both doors use.
 */
package io.dirshare.core;
