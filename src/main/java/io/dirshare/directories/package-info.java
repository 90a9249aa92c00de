/**
 * AWS Managed Microsoft AD directories on the owner side: creation, Regions (multi-Region replication),
 * the per-Region directory list (owned and shared-with-me), deletion.
 */
package io.dirshare.directories;
