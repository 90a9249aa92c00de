package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.dirshare.core.policy.PoliciesChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the organization's own changes do to its service control policies, as on AWS: enabling the
 * policy type attaches {@code FullAWSAccess} to the root and every account, so nothing is denied until
 * an admin attaches a narrower policy; disabling it detaches every SCP; an account that joins while the
 * type is enabled gets {@code FullAWSAccess}, one that leaves loses its attachments, and a deleted
 * organization takes its policies with it. Each publishes core's {@link PoliciesChanged}, for the
 * accounts concerned or everywhere, so cached permissions are dropped at once. Called inside the
 * transaction of the change that causes it.
 */
@Component
class ServiceControlPolicyAttachments {

	private final ServiceControlPolicyRepository policies;

	private final PolicyTypes policyTypes;

	private final MemberAccountQueries memberAccounts;

	private final OrganizationQueries organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ServiceControlPolicyAttachments(ServiceControlPolicyRepository policies, PolicyTypes policyTypes,
			MemberAccountQueries memberAccounts, OrganizationQueries organizations, ApplicationEventPublisher events,
			Clock clock) {
		this.organizations = organizations;
		this.policies = policies;
		this.policyTypes = policyTypes;
		this.memberAccounts = memberAccounts;
		this.events = events;
		this.clock = clock;
	}

	boolean enabledIn(String organizationId) {
		return this.policyTypes.enabled(organizationId).contains(ServiceControlPolicy.TYPE);
	}

	void typeEnabled(Organization organization) {
		this.policies.lock(organization.id());
		Instant now = this.clock.instant();
		this.policies.attach(organization.id(), ServiceControlPolicy.FULL_AWS_ACCESS_ID, organization.rootId(), now);
		int offset = 0;
		int page = 500;
		while (true) {
			var accounts = this.memberAccounts.page(organization.id(), AccountSort.ID_ASC, offset, page);
			accounts.forEach((account) -> this.policies.attach(organization.id(), ServiceControlPolicy.FULL_AWS_ACCESS_ID,
					account.id(), now));
			if (accounts.size() < page) {
				break;
			}
			offset += page;
		}
		changed(organization.id());
	}

	void typeDisabled(String organizationId) {
		this.policies.lock(organizationId);
		this.policies.detachAll(organizationId);
		changed(organizationId);
	}

	void accountJoined(String organizationId, String accountId) {
		if (enabledIn(organizationId)) {
			this.policies.attach(organizationId, ServiceControlPolicy.FULL_AWS_ACCESS_ID, accountId, this.clock.instant());
			this.events.publishEvent(PoliciesChanged.forAccount(accountId));
		}
	}

	void accountLeft(String organizationId, String accountId) {
		this.policies.detachAllFrom(organizationId, accountId);
		this.events.publishEvent(PoliciesChanged.forAccount(accountId));
	}

	void organizationDeleted(String organizationId) {
		this.policies.deleteByOrganization(organizationId);
		changed(organizationId);
	}

	/**
	 * The SCPs that cap an account, root first and then the account's own: none for the management
	 * account, an account outside any organization, or while the type is not enabled in the root.
	 */
	List<List<ServiceControlPolicy>> levels(String accountId) {
		return this.organizations.membershipOf(accountId)
			.filter((membership) -> !membership.isManagementAccount())
			.map(OrganizationQueries.Membership::organization)
			.filter((organization) -> enabledIn(organization.id()))
			.map((organization) -> List.of(this.policies.attachedTo(organization.id(), organization.rootId()),
					this.policies.attachedTo(organization.id(), accountId)))
			.orElse(List.of());
	}

	/**
	 * What the organization's SCPs allow may have changed for any of its accounts. Every principal's
	 * cached permissions are dropped: such changes are rare, and the cache refills in one read.
	 */
	void changed(String organizationId) {
		this.events.publishEvent(PoliciesChanged.everywhere());
	}

}
