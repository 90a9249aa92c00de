/**
 * The IAM policy simulator: may a user of the signed-in account (or, for an organization's management
 * account, of a member account) do these actions on this resource, which statement decides, and which
 * service control policies are in effect, with an unsaved policy added if asked. It only reads, and
 * decides with the same {@code core.policy} evaluation both doors use.
 */
package io.dirshare.simulator;
