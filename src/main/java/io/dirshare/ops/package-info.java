/**
 * Running dirshare in production: the request log with request IDs, and the security of the actuator
 * (health probes open to all, the Prometheus endpoint behind a scrape token, everything else closed).
 * Depends on {@code core} only.
 */
package io.dirshare.ops;
