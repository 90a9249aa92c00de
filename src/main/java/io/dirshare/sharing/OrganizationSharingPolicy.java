package io.dirshare.sharing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.identity.AccountRepository;
import io.dirshare.organizations.OrganizationQueries;
import io.dirshare.organizations.TrustedAccess;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a directory may be shared with ORGANIZATIONS (docs/aws-directory-sharing.md, "Two ways to
 * share"): what the share wizard offers, and what ShareDirectory requires.
 */
@Component
class OrganizationSharingPolicy {

	private final OrganizationQueries organizations;

	private final AccountRepository accounts;

	OrganizationSharingPolicy(OrganizationQueries organizations, AccountRepository accounts) {
		this.organizations = organizations;
		this.accounts = accounts;
	}

	/** What the wizard offers for sharing inside the organization, and why not when it cannot. */
	@Transactional(readOnly = true)
	public OrganizationSharing organizationSharing(Caller caller) {
		Optional<OrganizationQueries.Membership> membership = this.organizations.membershipOf(caller.accountId());
		if (membership.isEmpty()) {
			return new OrganizationSharing(false, "Your account is not in an organization.", false, false, List.of());
		}
		OrganizationQueries.Membership m = membership.get();
		if (!m.isManagementAccount()) {
			return new OrganizationSharing(false,
					"Only the organization's management account shares with accounts inside the organization.", false,
					false, List.of());
		}
		if (!m.organization().hasAllFeatures()) {
			return new OrganizationSharing(false, "The organization must have all features enabled.", false, false,
					List.of());
		}
		List<String> ids = this.organizations.members(m.organization().id())
			.stream()
			.map((member) -> member.accountId())
			.filter((id) -> !id.equals(caller.accountId()))
			.toList();
		List<OrganizationSharing.Member> members = this.accounts.findAllById(ids)
			.stream()
			.map((account) -> new OrganizationSharing.Member(account.id(), account.name()))
			.sorted(Comparator.comparing(OrganizationSharing.Member::id))
			.toList();
		return new OrganizationSharing(true, null,
				this.organizations.isTrustedAccessEnabled(m.organization().id(), TrustedAccess.DIRECTORY_SERVICE),
				caller.can(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS), members);
	}

	/** ShareDirectory's ORGANIZATIONS preconditions, checked in the caller's transaction. */
	void requireOrganizationsSharing(Caller caller, String targetId) {
		OrganizationQueries.Membership membership = this.organizations.membershipOf(caller.accountId())
			.orElseThrow(() -> organizationsException(
					"Your account is not a member of an organization. Share with HANDSHAKE instead."));
		if (!membership.organization().hasAllFeatures()) {
			throw organizationsException("The organization must have all features enabled to share with ORGANIZATIONS.");
		}
		if (!membership.isManagementAccount()) {
			throw organizationsException(
					"Only the organization's management account can share a directory with ORGANIZATIONS.");
		}
		if (!this.organizations.isTrustedAccessEnabled(membership.organization().id(), TrustedAccess.DIRECTORY_SERVICE)) {
			throw organizationsException("Trusted access for AWS Directory Service (" + TrustedAccess.DIRECTORY_SERVICE
					+ ") is not enabled in your organization.");
		}
		if (!this.organizations.sameOrganization(caller.accountId(), targetId)) {
			throw DirectoryServiceError.INVALID_TARGET.exception("Account " + targetId + " is not a member of your organization.");
		}
	}

	private static AwsException organizationsException(String message) {
		return DirectoryServiceError.ORGANIZATIONS.exception(message);
	}

}
