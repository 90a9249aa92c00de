package io.dirshare.organizations;

import java.time.Clock;
import java.util.List;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Slice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's structure as AWS lists it: one root, whose children are all the accounts
 * (dirshare has no organizational units), and the policy types enabled in the root. Enabling a policy
 * type needs all features; enabling service control policies attaches {@code FullAWSAccess} everywhere
 * and disabling them detaches every SCP ({@link ServiceControlPolicyAttachments}); other policy types
 * are recorded only. Only the management account reads and changes these.
 */
@Service
@Transactional
public class OrganizationRootService {

	private final OrganizationService organizationService;

	private final MemberAccountQueries memberAccounts;

	private final PolicyTypes policyTypes;

	private final ServiceControlPolicyAttachments serviceControlPolicies;

	private final AuditTrail audit;

	private final Clock clock;

	OrganizationRootService(OrganizationService organizationService, MemberAccountQueries memberAccounts,
			PolicyTypes policyTypes, ServiceControlPolicyAttachments serviceControlPolicies, AuditTrail audit,
			Clock clock) {
		this.serviceControlPolicies = serviceControlPolicies;
		this.organizationService = organizationService;
		this.memberAccounts = memberAccounts;
		this.policyTypes = policyTypes;
		this.audit = audit;
		this.clock = clock;
	}

	/** ListRoots: the one root of the caller's organization. */
	@Transactional(readOnly = true)
	public List<OrganizationRoot> listRoots(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_ROOTS);
		return List.of(root(this.organizationService.managedOrganization(caller)));
	}

	/** ListParents: an account's parent is the root. */
	@Transactional(readOnly = true)
	public List<OrganizationChild> listParents(Caller caller, String childId) {
		caller.require(Action.ORGANIZATIONS_LIST_PARENTS);
		Organization organization = this.organizationService.managedOrganization(caller);
		if (childId == null || this.memberAccounts.find(organization.id(), childId).isEmpty()) {
			throw OrganizationsError.CHILD_NOT_FOUND
				.exception("We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.");
		}
		return List.of(new OrganizationChild(organization.rootId(), OrganizationChild.ROOT));
	}

	/** ListChildren: the root's accounts by ID, {@code limit} from {@code offset}; there are no OUs. */
	@Transactional(readOnly = true)
	public Slice<OrganizationChild> listChildren(Caller caller, String parentId, String childType, int offset,
			int limit) {
		caller.require(Action.ORGANIZATIONS_LIST_CHILDREN);
		Organization organization = this.organizationService.managedOrganization(caller);
		if (!organization.rootId().equals(parentId)) {
			throw OrganizationsError.PARENT_NOT_FOUND
				.exception("We can't find a root or organizational unit (OU) with the ParentId that you specified.");
		}
		if (!OrganizationChild.ACCOUNT.equals(childType)) {
			return Slice.of(List.of(), offset, limit);
		}
		List<OrganizationChild> rows = this.memberAccounts.page(organization.id(), AccountSort.ID_ASC, offset, limit + 1)
			.stream()
			.map((account) -> new OrganizationChild(account.id(), OrganizationChild.ACCOUNT))
			.toList();
		return Slice.of(rows, offset, limit);
	}

	/** EnablePolicyType in the root; the organization needs all features. */
	public OrganizationRoot enablePolicyType(Caller caller, String rootId, String policyType) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_ENABLE_POLICY_TYPE,
				"rootId=" + rootId + ", policyType=" + policyType, () -> {
					Organization organization = rootOf(caller, rootId);
					if (!organization.hasAllFeatures()) {
						throw OrganizationsError.POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION
							.exception("You can enable policy types only in an organization with all features.");
					}
					if (!this.policyTypes.enable(organization.id(), policyType, this.clock.instant())) {
						throw OrganizationsError.POLICY_TYPE_ALREADY_ENABLED
							.exception("The policy type " + policyType + " is already enabled in the root.");
					}
					if (ServiceControlPolicy.TYPE.equals(policyType)) {
						this.serviceControlPolicies.typeEnabled(organization);
					}
					return root(organization);
				});
	}

	/** DisablePolicyType in the root. */
	public OrganizationRoot disablePolicyType(Caller caller, String rootId, String policyType) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_DISABLE_POLICY_TYPE,
				"rootId=" + rootId + ", policyType=" + policyType, () -> {
					Organization organization = rootOf(caller, rootId);
					if (!this.policyTypes.disable(organization.id(), policyType)) {
						throw OrganizationsError.POLICY_TYPE_NOT_ENABLED
							.exception("The policy type " + policyType + " is not enabled in the root.");
					}
					if (ServiceControlPolicy.TYPE.equals(policyType)) {
						this.serviceControlPolicies.typeDisabled(organization.id());
					}
					return root(organization);
				});
	}

	/** The root of an organization with its policy types, for DescribeOrganization's readers too. */
	public OrganizationRoot root(Organization organization) {
		return new OrganizationRoot(organization.rootId(), organization.rootArn(), OrganizationRoot.NAME,
				this.policyTypes.enabled(organization.id()));
	}

	private Organization rootOf(Caller caller, String rootId) {
		Organization organization = this.organizationService.managedOrganization(caller);
		if (!organization.rootId().equals(rootId)) {
			throw rootNotFound();
		}
		return organization;
	}

	private static AwsException rootNotFound() {
		return OrganizationsError.ROOT_NOT_FOUND.exception("We can't find a root with the RootId that you specified.");
	}

}
