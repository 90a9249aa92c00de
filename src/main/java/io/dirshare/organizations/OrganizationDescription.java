package io.dirshare.organizations;

import io.dirshare.identity.Account;

/** An organization with its management account's details (AWS's DescribeOrganization answer). */
public record OrganizationDescription(Organization organization, Account managementAccount) {

}
