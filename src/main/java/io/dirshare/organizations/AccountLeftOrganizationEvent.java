package io.dirshare.organizations;

/**
 * Published (inside the transaction) when an account leaves or is removed from an organization, so
 * other features can react, e.g. sharing decides what happens to the organization's shares.
 */
public record AccountLeftOrganizationEvent(String accountId, String organizationId, String managementAccountId) {

}
