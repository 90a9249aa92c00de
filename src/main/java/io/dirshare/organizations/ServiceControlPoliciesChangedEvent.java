package io.dirshare.organizations;

/**
 * Published (inside the transaction) whenever what the service control policies of an organization
 * allow may have changed: a policy's content was updated, a policy was attached or detached, the policy
 * type was enabled or disabled in the root, an account joined or left, or the organization was deleted.
 * Whoever caches decisions made with the organization's SCPs drops them for that organization.
 */
public record ServiceControlPoliciesChangedEvent(String organizationId) {

}
