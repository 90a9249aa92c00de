/**
 * The dashboard, the portal's first page: what the signed-in account is, its organization, and what it
 * can do next. A feature on top of identity and organizations, so the portal's frame stays free of them.
 */
package io.dirshare.dashboard;
