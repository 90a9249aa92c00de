package io.dirshare.organizations;

import java.util.List;
import java.util.Optional;

import io.dirshare.core.Reads;

import org.springframework.stereotype.Service;

/**
 * Read-only answers about organizations that other features (dashboard, sharing) need: which
 * organization an account is in, its members, whether trusted access for a service is on.
 */
@Service
@Reads
public class OrganizationQueries {

	/** An account's organization and its own membership. */
	public record Membership(Organization organization, OrganizationAccount account) {

		public boolean isManagementAccount() {
			return this.organization.isManagedBy(this.account.accountId());
		}

	}

	private final OrganizationRepository organizations;

	private final OrganizationAccountRepository memberships;

	private final TrustedAccess trustedAccess;

	OrganizationQueries(OrganizationRepository organizations, OrganizationAccountRepository memberships,
			TrustedAccess trustedAccess) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.trustedAccess = trustedAccess;
	}

	public Optional<Membership> membershipOf(String accountId) {
		return this.memberships.findById(accountId)
			.flatMap((membership) -> this.organizations.findById(membership.organizationId())
				.map((organization) -> new Membership(organization, membership)));
	}

	public List<OrganizationAccount> members(String organizationId) {
		return this.memberships.findByOrganizationIdOrderByAccountId(organizationId);
	}

	/** Whether both accounts are in one organization. */
	public boolean sameOrganization(String accountId, String otherAccountId) {
		Optional<OrganizationAccount> one = this.memberships.findById(accountId);
		Optional<OrganizationAccount> other = this.memberships.findById(otherAccountId);
		return one.isPresent() && other.isPresent() && one.get().organizationId().equals(other.get().organizationId());
	}

	public boolean isTrustedAccessEnabled(String organizationId, String servicePrincipal) {
		return this.trustedAccess.isEnabled(organizationId, servicePrincipal);
	}

}
