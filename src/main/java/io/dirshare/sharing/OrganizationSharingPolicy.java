package io.dirshare.sharing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;
import io.dirshare.core.Reads;
import io.dirshare.identity.AccountRepository;
import io.dirshare.organizations.Organization;
import io.dirshare.organizations.OrganizationQueries;
import io.dirshare.organizations.TrustedAccess;

import org.springframework.stereotype.Component;

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
	@Reads
	public OrganizationSharing organizationSharing(Caller caller) {
		Optional<OrganizationQueries.Membership> membership = this.organizations.membershipOf(caller.accountId());
		Optional<AwsException> refusal = organizationSharingRefusal(membership);
		if (refusal.isPresent()) {
			return new OrganizationSharing(false, refusal.get().getMessage(), false, false, List.of());
		}
		Organization organization = membership.get().organization();
		List<String> ids = this.organizations.members(organization.id())
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
				this.organizations.isTrustedAccessEnabled(organization.id(), TrustedAccess.DIRECTORY_SERVICE),
				caller.can(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS), members);
	}

	/**
	 * ShareDirectory's ORGANIZATIONS preconditions, checked in the caller's transaction. Trusted access
	 * is checked here only: the wizard offers to enable it instead of refusing.
	 */
	void requireOrganizationsSharing(Caller caller, String targetId) {
		Optional<OrganizationQueries.Membership> membership = this.organizations.membershipOf(caller.accountId());
		Optional<AwsException> refusal = organizationSharingRefusal(membership);
		if (refusal.isPresent()) {
			throw refusal.get();
		}
		if (!this.organizations.isTrustedAccessEnabled(membership.get().organization().id(),
				TrustedAccess.DIRECTORY_SERVICE)) {
			throw DirectoryServiceError.ORGANIZATIONS.exception("Trusted access for AWS Directory Service ("
					+ TrustedAccess.DIRECTORY_SERVICE + ") is not enabled in your organization.");
		}
		if (!this.organizations.sameOrganization(caller.accountId(), targetId)) {
			throw DirectoryServiceError.INVALID_TARGET.exception("Account " + Echo.of(targetId) + " is not a member of your organization.");
		}
	}

	/**
	 * Why an account with this membership cannot share inside its organization at all, or empty when
	 * it can. The wizard shows the message; ShareDirectory throws the refusal.
	 */
	static Optional<AwsException> organizationSharingRefusal(Optional<OrganizationQueries.Membership> membership) {
		if (membership.isEmpty()) {
			return refusal("Your account is not in an organization, so it shares directories by handshake only.");
		}
		if (!membership.get().isManagementAccount()) {
			return refusal("Only the organization's management account shares directories with accounts inside the organization.");
		}
		if (!membership.get().organization().hasAllFeatures()) {
			return refusal("The organization must have all features enabled to share directories inside it.");
		}
		return Optional.empty();
	}

	private static Optional<AwsException> refusal(String message) {
		return Optional.of(DirectoryServiceError.ORGANIZATIONS.exception(message));
	}

}
