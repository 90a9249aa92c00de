/**
 * Controls for test suites (README: "Controls for test suites"), as moto's {@code /moto-api} gives: under
 * {@code /_dirshare/}, behind {@code dirshare.test-controls.enabled} and an admin token, a CI run resets
 * dirshare between test cases (to empty or to the demo data), exports and imports the whole database,
 * settles asynchronous states at once, sets delays, injects share failures and moves the clock forward.
 */
package io.dirshare.testcontrol;
