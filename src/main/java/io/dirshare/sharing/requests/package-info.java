/**
 * Access requests (README, "Access requests"): an owner offers a directory to the accounts of its
 * organization, per Region; a member account asks for it with a justification; the owner's admins
 * approve (a share made by the sharing service, ORGANIZATIONS method) or deny. Internal to sharing.
 */
package io.dirshare.sharing.requests;
