package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.Ids;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Reads;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization itself, for the portal and the API: a standalone account creates one and becomes
 * its management account, every account in it may describe it, and only the management account
 * manages it or deletes it once it is the last account in it. The other services ask here which
 * organization a caller manages.
 */
@Service
@Transactional
public class OrganizationService {

	private final OrganizationQueries queries;

	private final OrganizationRepository organizations;

	private final OrganizationAccountRepository memberships;

	private final HandshakeRepository handshakes;

	private final AccountRepository accounts;

	private final TrustedAccess trustedAccess;

	private final PolicyTypes policyTypes;

	private final CreateAccountRequests createAccountRequests;

	private final OrganizationTags tags;

	private final ServiceControlPolicyAttachments serviceControlPolicies;

	private final AuditTrail audit;

	private final Clock clock;

	OrganizationService(OrganizationQueries queries, OrganizationRepository organizations,
			OrganizationAccountRepository memberships, HandshakeRepository handshakes, AccountRepository accounts,
			TrustedAccess trustedAccess, PolicyTypes policyTypes, CreateAccountRequests createAccountRequests,
			OrganizationTags tags, ServiceControlPolicyAttachments serviceControlPolicies, AuditTrail audit,
			Clock clock) {
		this.serviceControlPolicies = serviceControlPolicies;
		this.policyTypes = policyTypes;
		this.createAccountRequests = createAccountRequests;
		this.tags = tags;
		this.queries = queries;
		this.organizations = organizations;
		this.memberships = memberships;
		this.handshakes = handshakes;
		this.accounts = accounts;
		this.trustedAccess = trustedAccess;
		this.audit = audit;
		this.clock = clock;
	}

	/** CreateOrganization: a standalone account becomes the management account of a new organization. */
	public OrganizationDescription createOrganization(Caller caller, FeatureSet featureSet) {
		FeatureSet chosen = (featureSet != null) ? featureSet : FeatureSet.ALL;
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_CREATE_ORGANIZATION, "featureSet=" + chosen, () -> {
			if (this.memberships.findById(caller.accountId()).isPresent()) {
				throw alreadyInOrganization();
			}
			Account account = this.accounts.findById(caller.accountId()).orElseThrow();
			String id;
			do {
				id = Ids.organizationId();
			}
			while (this.organizations.existsById(id));
			Instant now = this.clock.instant();
			try {
				Organization organization = this.organizations
					.save(Organization.create(id, account.name(), account.id(), chosen, now));
				this.memberships.insert(account.id(), organization.id(), JoinedMethod.CREATED.name(), now);
				return new OrganizationDescription(organization, account);
			}
			catch (DuplicateKeyException raced) {
				throw alreadyInOrganization();
			}
		});
	}

	/** DescribeOrganization: the caller's organization, for its management account and its members. */
	@Reads
	public OrganizationDescription describeOrganization(Caller caller) {
		caller.require(Action.ORGANIZATIONS_DESCRIBE_ORGANIZATION);
		Organization organization = requireMembership(caller).organization();
		return new OrganizationDescription(organization,
				this.accounts.findById(organization.managementAccountId()).orElseThrow());
	}

	/** The caller's membership (organization and how the account joined), if any; for the Organization page. */
	@Reads
	public Optional<OrganizationQueries.Membership> membership(Caller caller) {
		caller.require(Action.ORGANIZATIONS_DESCRIBE_ORGANIZATION);
		return this.queries.membershipOf(caller.accountId());
	}

	/** DeleteOrganization: only when the management account is the last account in it. */
	public void deleteOrganization(Caller caller) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_DELETE_ORGANIZATION, null, () -> {
			Organization organization = managedOrganization(caller);
			if (this.memberships.countByOrganizationId(organization.id()) > 1) {
				throw OrganizationsError.ORGANIZATION_NOT_EMPTY.exception("The organization still has member accounts. Remove them before you delete the organization.");
			}
			this.handshakes.deleteByOrganization(organization.id());
			this.trustedAccess.disableAll(organization.id());
			this.serviceControlPolicies.organizationDeleted(organization.id());
			this.policyTypes.disableAll(organization.id());
			this.createAccountRequests.deleteByOrganization(organization.id());
			this.tags.deleteByOrganization(organization.id());
			this.memberships.deleteById(caller.accountId());
			this.organizations.delete(organization);
			return null;
		});
	}

	/**
	 * The organization the caller's account manages; refuses callers outside an organization
	 * ({@code AWSOrganizationsNotInUseException}) and member accounts ({@code AccessDeniedException}).
	 */
	@Reads
	public Organization managedOrganization(Caller caller) {
		OrganizationQueries.Membership membership = requireMembership(caller);
		if (!membership.isManagementAccount()) {
			throw AwsException.accessDenied("You don't have permissions to access this resource. "
					+ "Only the organization's management account can do this.");
		}
		return membership.organization();
	}

	/** The caller's membership; refuses callers outside an organization ({@code AWSOrganizationsNotInUseException}). */
	OrganizationQueries.Membership requireMembership(Caller caller) {
		return this.queries.membershipOf(caller.accountId()).orElseThrow(OrganizationService::notInUse);
	}

	private static AwsException notInUse() {
		return OrganizationsError.NOT_IN_USE.exception("Your account is not a member of an organization.");
	}

	private static AwsException alreadyInOrganization() {
		return OrganizationsError.ALREADY_IN_ORGANIZATION.exception("This account is already a member of an organization.");
	}

}
