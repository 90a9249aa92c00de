package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.Reads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The switch from consolidated billing to all features: the management account asks, every invited
 * member approves with a handshake of its own, and the organization has all features once no approval
 * is missing. Accounts created in the organization need not approve; an account that joins or leaves
 * while the request is open adds or drops its approval.
 */
@Service
@Transactional
public class FeatureSetService {

	private final OrganizationService organizationService;

	private final OrganizationRepository organizations;

	private final OrganizationAccountRepository memberships;

	private final HandshakeRepository handshakes;

	private final HandshakeSummaries summaries;

	private final AuditTrail audit;

	private final Clock clock;

	FeatureSetService(OrganizationService organizationService, OrganizationRepository organizations,
			OrganizationAccountRepository memberships, HandshakeRepository handshakes, HandshakeSummaries summaries,
			AuditTrail audit, Clock clock) {
		this.organizationService = organizationService;
		this.organizations = organizations;
		this.memberships = memberships;
		this.handshakes = handshakes;
		this.summaries = summaries;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * EnableAllFeatures: starts the switch from consolidated billing. Every invited member gets an
	 * approval handshake; with none to ask, all features take effect at once.
	 */
	public HandshakeSummary enableAllFeatures(Caller caller) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_ENABLE_ALL_FEATURES, null, () -> {
			Organization organization = this.organizationService.managedOrganization(caller);
			if (organization.hasAllFeatures()) {
				throw Handshake.constraintViolation("The organization already has all features.",
						"ORGANIZATION_ALREADY_HAS_ALL_FEATURES");
			}
			Instant now = this.clock.instant();
			if (this.handshakes.findOpenRequest(organization.id(), now).isPresent()) {
				throw Handshake.constraintViolation("Enabling all features is already in progress.",
						"ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION");
			}
			Handshake request = Handshake.open(this.handshakes.unusedId(), organization.id(),
					HandshakeAction.ENABLE_ALL_FEATURES, caller.accountId(), caller.accountId(), null, null, now);
			this.handshakes.insert(request);
			for (OrganizationAccount member : this.memberships.findByOrganizationIdOrderByAccountId(organization.id())) {
				if (member.joinedMethod() == JoinedMethod.INVITED) {
					requestApproval(caller, request, member.accountId(), now);
				}
			}
			completeIfApproved(caller, request.id());
			return this.summaries.summary(this.handshakes.findById(request.id()).orElseThrow(), now);
		});
	}

	/** The latest "Enable all features" request of the caller's organization and its approvals. */
	@Reads
	public Optional<AllFeaturesProgress> allFeaturesProgress(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ORGANIZATION);
		Organization organization = this.organizationService.managedOrganization(caller);
		Instant now = this.clock.instant();
		return this.handshakes.findByOrganization(organization.id())
			.stream()
			.filter((h) -> h.action() == HandshakeAction.ENABLE_ALL_FEATURES)
			.findFirst()
			.map((request) -> new AllFeaturesProgress(this.summaries.summary(request, now),
					this.summaries.summaries(this.handshakes.findByParent(request.id()), now)));
	}

	/** A member invited before an "Enable all features" request started approves it too. */
	void requestApprovalOfNewMember(Caller caller, String organizationId, String accountId, Instant now) {
		this.handshakes.findOpenRequest(organizationId, now)
			.ifPresent((request) -> requestApproval(caller, request, accountId, now));
	}

	/** The account that left may have been the last approval an "Enable all features" request waited for. */
	void completeIfLastApprovalLeft(Caller caller, String organizationId, Instant now) {
		this.handshakes.findOpenRequest(organizationId, now)
			.ifPresent((request) -> completeIfApproved(caller, request.id()));
	}

	/** Gives the organization all features once no approval of the open request is missing. */
	void completeIfApproved(Caller caller, String requestId) {
		Instant now = this.clock.instant();
		Handshake request = this.handshakes.findByIdForUpdate(requestId).orElseThrow();
		if (!request.isOpenAt(now) || this.handshakes.countUnapprovedForUpdate(requestId, now) > 0) {
			return;
		}
		if (this.handshakes.changeIfOpen(requestId, HandshakeState.ACCEPTED, now)) {
			Organization organization = this.organizations.findById(request.organizationId()).orElseThrow();
			this.organizations.save(organization.withFeatureSet(FeatureSet.ALL));
			this.audit.recordSuccessFor(organization.managementAccountId(), caller,
					Action.ORGANIZATIONS_ENABLE_ALL_FEATURES.iamName(),
					"Every invited member approved: organization " + organization.id() + " now has all features");
		}
	}

	private void requestApproval(Caller caller, Handshake request, String accountId, Instant now) {
		Handshake approval = Handshake.open(this.handshakes.unusedId(), request.organizationId(),
				HandshakeAction.APPROVE_ALL_FEATURES, request.senderAccountId(), accountId, null, request.id(), now);
		this.handshakes.insert(approval);
		this.audit.recordSuccessFor(accountId, caller, Action.ORGANIZATIONS_ENABLE_ALL_FEATURES.iamName(),
				"Approval requested, handshakeId=" + approval.id());
	}

}
