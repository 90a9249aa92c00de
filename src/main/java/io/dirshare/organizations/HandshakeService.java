package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.CommonError;
import io.dirshare.core.Echo;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Reads;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handshakes between an organization and an account: the management account invites an existing
 * standalone account; only the addressed account accepts or declines, only the sender cancels, and
 * nobody else even sees the handshake. A handshake expires {@link Handshake#LIFETIME} after it was
 * sent. Accepting an invitation joins the organization, so it is refused while the account is in one.
 */
@Service
@Transactional
public class HandshakeService {

	static final String NOTES_RULE = "The note can have at most " + Handshake.MAX_NOTES_LENGTH + " characters.";

	static final String INVITE_TARGET_RULE = "Enter a 12-digit account ID or the email address of an account.";

	/** What an invitation can be addressed to: an email address (anything with an @) or an account ID. */
	static final String INVITE_TARGET_REGEX = ".*@.*|" + Account.ID_REGEX;

	private final OrganizationService organizationService;

	private final OrganizationAccountRepository memberships;

	private final HandshakeRepository handshakes;

	private final AccountRepository accounts;

	private final HandshakeSummaries summaries;

	private final FeatureSetService featureSet;

	private final ServiceControlPolicyAttachments serviceControlPolicies;

	private final AuditTrail audit;

	private final Clock clock;

	HandshakeService(OrganizationService organizationService, OrganizationAccountRepository memberships,
			HandshakeRepository handshakes, AccountRepository accounts, HandshakeSummaries summaries,
			FeatureSetService featureSet, ServiceControlPolicyAttachments serviceControlPolicies, AuditTrail audit,
			Clock clock) {
		this.serviceControlPolicies = serviceControlPolicies;
		this.organizationService = organizationService;
		this.memberships = memberships;
		this.handshakes = handshakes;
		this.accounts = accounts;
		this.summaries = summaries;
		this.featureSet = featureSet;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * InviteAccountToOrganization: an INVITE handshake to an existing standalone account, named by its
	 * ID or its email.
	 */
	public HandshakeSummary inviteAccount(Caller caller, String accountIdOrEmail, String notes) {
		String target = (accountIdOrEmail != null) ? accountIdOrEmail.trim() : "";
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_INVITE_ACCOUNT, "target=" + target, () -> {
			Organization organization = this.organizationService.managedOrganization(caller);
			if (notes != null && notes.length() > Handshake.MAX_NOTES_LENGTH) {
				throw OrganizationsError.INVALID_INPUT.exception(NOTES_RULE);
			}
			Account invited = findInvitedAccount(target);
			if (invited.id().equals(caller.accountId())) {
				throw Handshake.constraintViolation("You can't invite your own account: it is already in this organization.",
						"ALREADY_IN_AN_ORGANIZATION");
			}
			Optional<OrganizationAccount> current = this.memberships.findById(invited.id());
			if (current.isPresent()) {
				throw Handshake.constraintViolation(current.get().organizationId().equals(organization.id())
						? "Account " + invited.id() + " is already a member of this organization."
						: "Account " + invited.id() + " is already a member of another organization.",
						"ALREADY_IN_AN_ORGANIZATION");
			}
			Instant now = this.clock.instant();
			if (this.handshakes.findOpenRequest(organization.id(), now).isPresent()) {
				throw Handshake.constraintViolation("The organization is switching to all features. "
						+ "Invite accounts when that is done or canceled.",
						"ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION");
			}
			if (this.handshakes.findOpen(organization.id(), HandshakeAction.INVITE, invited.id(), now).isPresent()) {
				throw OrganizationsError.DUPLICATE_HANDSHAKE.exception("An open invitation to account " + invited.id() + " already exists.");
			}
			Handshake handshake = Handshake.open(this.handshakes.unusedId(), organization.id(), HandshakeAction.INVITE,
					caller.accountId(), invited.id(), blankToNull(notes), null, now);
			this.handshakes.insert(handshake);
			this.audit.recordSuccessFor(invited.id(), caller, Action.ORGANIZATIONS_INVITE_ACCOUNT.iamName(),
					"Invited to organization " + organization.id() + ", handshakeId=" + handshake.id());
			return this.summaries.summary(handshake, now);
		});
	}

	/** ListHandshakesForAccount: every handshake addressed to the caller's account, newest first. */
	@Reads
	public List<HandshakeSummary> listHandshakesForAccount(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ACCOUNT);
		return this.summaries.summaries(this.handshakes.findByTarget(caller.accountId()), this.clock.instant());
	}

	/**
	 * The Invitations page: open invitations and approval requests addressed to the caller's account
	 * (the management account's own "Enable all features" request is shown on its Organization page).
	 */
	@Reads
	public List<HandshakeSummary> openInvitations(Caller caller) {
		return listHandshakesForAccount(caller).stream()
			.filter((s) -> s.isOpen() && s.handshake().action() != HandshakeAction.ENABLE_ALL_FEATURES)
			.toList();
	}

	/** The navigation count: what {@link #openInvitations} lists. Zero for users who can't list handshakes. */
	@Reads
	public long openInvitationCount(Caller caller) {
		if (!caller.can(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ACCOUNT)) {
			return 0;
		}
		return this.handshakes.countOpenForTarget(caller.accountId(),
				EnumSet.of(HandshakeAction.INVITE, HandshakeAction.APPROVE_ALL_FEATURES), this.clock.instant());
	}

	/** ListHandshakesForOrganization: every handshake the caller's organization sent, newest first. */
	@Reads
	public List<HandshakeSummary> listHandshakesForOrganization(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ORGANIZATION);
		Organization organization = this.organizationService.managedOrganization(caller);
		return this.summaries.summaries(this.handshakes.findByOrganization(organization.id()), this.clock.instant());
	}

	/** DescribeHandshake: visible to the addressed account and the sending organization's management account. */
	@Reads
	public HandshakeSummary describeHandshake(Caller caller, String handshakeId) {
		caller.require(Action.ORGANIZATIONS_DESCRIBE_HANDSHAKE);
		Handshake handshake = visibleHandshake(caller, handshakeId);
		return this.summaries.summary(handshake, this.clock.instant());
	}

	/**
	 * AcceptHandshake by the addressed account: an invitation joins the organization (refused while
	 * the account is in one); an approval counts towards "Enable all features".
	 */
	public HandshakeSummary acceptHandshake(Caller caller, String handshakeId) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_ACCEPT_HANDSHAKE, "handshakeId=" + handshakeId, () -> {
			Handshake handshake = visibleHandshake(caller, handshakeId);
			requireAddressee(caller, handshake, "accept");
			Instant now = this.clock.instant();
			if (handshake.action() == HandshakeAction.ENABLE_ALL_FEATURES) {
				throw OrganizationsError.INVALID_HANDSHAKE_TRANSITION.exception("All features take effect by themselves when every invited member account has approved.");
			}
			if (handshake.action() == HandshakeAction.INVITE) {
				Optional<OrganizationAccount> current = this.memberships.findById(caller.accountId());
				handshake.apply(Handshake.Transition.ACCEPT, now);
				if (current.isPresent()) {
					throw alreadyMemberOfAnOrganization();
				}
				change(handshake, Handshake.Transition.ACCEPT, now);
				join(caller, handshake, now);
			}
			else {
				// Lock the request first, so that of two last approvals arriving together one sees the other.
				this.handshakes.findByIdForUpdate(handshake.parentId());
				change(handshake, Handshake.Transition.ACCEPT, now);
				this.featureSet.completeIfApproved(caller, handshake.parentId());
			}
			this.audit.recordSuccessFor(handshake.senderAccountId(), caller,
					Action.ORGANIZATIONS_ACCEPT_HANDSHAKE.iamName(),
					"Account " + caller.accountId() + " accepted handshakeId=" + handshake.id());
			return this.summaries.summary(this.handshakes.findById(handshake.id()).orElseThrow(), now);
		});
	}

	/** DeclineHandshake by the addressed account. */
	public HandshakeSummary declineHandshake(Caller caller, String handshakeId) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_DECLINE_HANDSHAKE, "handshakeId=" + handshakeId,
				() -> {
					Handshake handshake = visibleHandshake(caller, handshakeId);
					requireAddressee(caller, handshake, "decline");
					if (handshake.action() == HandshakeAction.ENABLE_ALL_FEATURES) {
						throw AwsException.accessDenied("To stop enabling all features, cancel the request.");
					}
					Instant now = this.clock.instant();
					change(handshake, Handshake.Transition.DECLINE, now);
					this.audit.recordSuccessFor(handshake.senderAccountId(), caller,
							Action.ORGANIZATIONS_DECLINE_HANDSHAKE.iamName(),
							"Account " + caller.accountId() + " declined handshakeId=" + handshake.id());
					return this.summaries.summary(this.handshakes.findById(handshake.id()).orElseThrow(), now);
				});
	}

	/**
	 * CancelHandshake by the sender (the management account). Canceling an "Enable all features"
	 * request cancels its open approvals too.
	 */
	public HandshakeSummary cancelHandshake(Caller caller, String handshakeId) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_CANCEL_HANDSHAKE, "handshakeId=" + handshakeId, () -> {
			Handshake handshake = visibleHandshake(caller, handshakeId);
			if (!handshake.senderAccountId().equals(caller.accountId())) {
				throw AwsException.accessDenied("Only the account that sent the handshake can cancel it.");
			}
			if (handshake.action() == HandshakeAction.APPROVE_ALL_FEATURES) {
				throw AwsException.accessDenied("Cancel the \"Enable all features\" request instead of one approval.");
			}
			Instant now = this.clock.instant();
			change(handshake, Handshake.Transition.CANCEL, now);
			if (handshake.action() == HandshakeAction.ENABLE_ALL_FEATURES) {
				for (Handshake approval : this.handshakes.findByParent(handshake.id())) {
					this.handshakes.changeIfOpen(approval.id(), HandshakeState.CANCELED, now);
				}
			}
			else {
				this.audit.recordSuccessFor(handshake.targetAccountId(), caller,
						Action.ORGANIZATIONS_CANCEL_HANDSHAKE.iamName(),
						"Invitation handshakeId=" + handshake.id() + " was canceled");
			}
			return this.summaries.summary(this.handshakes.findById(handshake.id()).orElseThrow(), now);
		});
	}

	private void join(Caller caller, Handshake invitation, Instant now) {
		try {
			this.memberships.insert(caller.accountId(), invitation.organizationId(), JoinedMethod.INVITED.name(), now);
		}
		catch (DuplicateKeyException raced) {
			throw alreadyMemberOfAnOrganization();
		}
		this.featureSet.requestApprovalOfNewMember(caller, invitation.organizationId(), caller.accountId(), now);
		this.serviceControlPolicies.accountJoined(invitation.organizationId(), caller.accountId());
		// Other organizations' open invitations to this account can no longer be accepted; they stay
		// open for their senders to see and are refused on accept.
	}

	/**
	 * A handshake the caller may see: addressed to its account, or sent by it. Anyone else gets
	 * {@code HandshakeNotFoundException}, so other accounts' handshakes don't leak.
	 */
	private Handshake visibleHandshake(Caller caller, String handshakeId) {
		if (handshakeId == null || !Handshake.ID_PATTERN.matcher(handshakeId).matches()) {
			throw OrganizationsError.INVALID_INPUT.exception("The handshake ID must be \"h-\" followed by 8 to 32 lowercase letters or digits.");
		}
		return this.handshakes.findById(handshakeId)
			.filter((h) -> h.targetAccountId().equals(caller.accountId()) || h.senderAccountId().equals(caller.accountId()))
			.orElseThrow(() -> OrganizationsError.HANDSHAKE_NOT_FOUND.exception("We can't find a handshake with the HandshakeId that you specified."));
	}

	private static void requireAddressee(Caller caller, Handshake handshake, String verb) {
		if (!handshake.targetAccountId().equals(caller.accountId())) {
			throw AwsException.accessDenied("Only the account the handshake is addressed to can " + verb + " it.");
		}
	}

	/** Applies a transition: the state machine decides, the conditional update makes one concurrent change win. */
	private void change(Handshake handshake, Handshake.Transition transition, Instant now) {
		HandshakeState target = handshake.apply(transition, now);
		if (!this.handshakes.changeIfOpen(handshake.id(), target, now)) {
			Handshake current = this.handshakes.findById(handshake.id()).orElseThrow();
			current.apply(transition, now);
			throw CommonError.CONCURRENT_MODIFICATION.exception("The handshake changed while this request ran. Try again.");
		}
	}

	private Account findInvitedAccount(String target) {
		Optional<Account> account;
		if (target.contains("@")) {
			account = this.accounts.findByEmail(target.toLowerCase(Locale.ROOT));
		}
		else if (Account.isValidId(target)) {
			account = this.accounts.findById(target);
		}
		else {
			throw OrganizationsError.INVALID_INPUT.exception(INVITE_TARGET_RULE);
		}
		return account.orElseThrow(() -> OrganizationsError.INVALID_INPUT.exception("No AWS account " + Echo.of(target) + " exists. Invite an existing account, or create a new one."));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static AwsException alreadyMemberOfAnOrganization() {
		return Handshake.constraintViolation("This account is already a member of an organization. "
				+ "Leave that organization before you accept this invitation.", "ALREADY_IN_AN_ORGANIZATION");
	}

}
