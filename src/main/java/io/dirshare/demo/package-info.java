/** The demo data a newcomer signs in with; each feature contributes its part. */
package io.dirshare.demo;
