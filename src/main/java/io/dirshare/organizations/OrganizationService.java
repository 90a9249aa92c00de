package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.core.CommonError;
import io.dirshare.core.Ids;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Page;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of AWS Organizations, in one place for the portal and the API: only the management
 * account manages, only the addressed account accepts or declines a handshake, only the sender
 * cancels it, an account is in at most one organization, and every change is audited.
 */
@Service
@Transactional
public class OrganizationService {

	/** The word the Services page asks for before trusted access is disabled. */
	public static final String DISABLE_CONFIRMATION_WORD = "disable";

	/** The user every created account gets. */
	public static final String INITIAL_ADMIN_USER = "admin";

	public static final int MAX_ACCOUNT_NAME_LENGTH = 50;

	private static final Pattern EMAIL = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+$");

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final OrganizationQueries queries;

	private final OrganizationRepository organizations;

	private final OrganizationAccountRepository memberships;

	private final MemberAccountQueries memberAccounts;

	private final HandshakeRepository handshakes;

	private final AccountRepository accounts;

	private final IamUserService users;

	private final TrustedAccess trustedAccess;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganizationService(OrganizationQueries queries, OrganizationRepository organizations,
			OrganizationAccountRepository memberships, MemberAccountQueries memberAccounts,
			HandshakeRepository handshakes, AccountRepository accounts, IamUserService users,
			TrustedAccess trustedAccess, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.organizations = organizations;
		this.memberships = memberships;
		this.memberAccounts = memberAccounts;
		this.handshakes = handshakes;
		this.accounts = accounts;
		this.users = users;
		this.trustedAccess = trustedAccess;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- organization

	/** CreateOrganization: a standalone account becomes the management account of a new organization. */
	public OrganizationDescription createOrganization(Caller caller, FeatureSet featureSet) {
		FeatureSet chosen = (featureSet != null) ? featureSet : FeatureSet.ALL;
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_CREATE_ORGANIZATION, "featureSet=" + chosen, () -> {
			if (this.memberships.findById(caller.accountId()).isPresent()) {
				throw alreadyInOrganization();
			}
			Account account = account(caller.accountId());
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
	@Transactional(readOnly = true)
	public OrganizationDescription describeOrganization(Caller caller) {
		caller.require(Action.ORGANIZATIONS_DESCRIBE_ORGANIZATION);
		Organization organization = this.queries.membershipOf(caller.accountId())
			.orElseThrow(OrganizationService::notInUse)
			.organization();
		return new OrganizationDescription(organization, account(organization.managementAccountId()));
	}

	/** The caller's membership (organization and how the account joined), if any; for the Organization page. */
	@Transactional(readOnly = true)
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
			this.memberships.deleteById(caller.accountId());
			this.organizations.delete(organization);
			return null;
		});
	}

	// ---------------------------------------------------------------- accounts

	/** ListAccounts: the organization's accounts, the management account included. */
	@Transactional(readOnly = true)
	public Page<MemberAccount> listAccounts(Caller caller, AccountSort sort, int pageNumber, int pageSize) {
		caller.require(Action.ORGANIZATIONS_LIST_ACCOUNTS);
		Organization organization = managedOrganization(caller);
		int size = Math.max(1, pageSize);
		List<MemberAccount> rows = this.memberAccounts.page(organization.id(), (sort != null) ? sort : AccountSort.NAME_ASC,
				Page.offset(pageNumber, size), size + 1);
		return Page.of(rows, pageNumber, size);
	}

	/** DescribeAccount: an account of the caller's organization. */
	@Transactional(readOnly = true)
	public MemberAccount describeAccount(Caller caller, String accountId) {
		caller.require(Action.ORGANIZATIONS_DESCRIBE_ACCOUNT);
		Organization organization = managedOrganization(caller);
		return this.memberAccounts.find(organization.id(), accountId)
			.orElseThrow(() -> accountNotFound(accountId));
	}

	/**
	 * CreateAccount: a new account inside the organization, joined as CREATED, with an {@code admin}
	 * user. A blank password gets a generated one; either way it is returned once and stored hashed.
	 */
	public CreatedAccount createAccount(Caller caller, String accountName, String email, String adminPassword) {
		String name = (accountName != null) ? accountName.trim() : "";
		String mail = (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "";
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_CREATE_ACCOUNT,
				"accountName=" + name + ", email=" + mail, () -> {
					Organization organization = managedOrganization(caller);
					if (name.isEmpty() || name.length() > MAX_ACCOUNT_NAME_LENGTH) {
						throw OrganizationsError.INVALID_INPUT.exception("The account name must have 1 to " + MAX_ACCOUNT_NAME_LENGTH + " characters.");
					}
					if (!EMAIL.matcher(mail).matches() || mail.length() > 254) {
						throw OrganizationsError.INVALID_INPUT.exception("Enter a valid email address.");
					}
					if (this.accounts.findByEmail(mail).isPresent()) {
						throw duplicateEmail();
					}
					String password = (adminPassword == null || adminPassword.isEmpty())
							? Ids.random(PASSWORD_ALPHABET, 16) : adminPassword;
					String id;
					do {
						id = Ids.accountId();
					}
					while (this.accounts.existsById(id));
					Instant now = this.clock.instant();
					try {
						this.accounts.save(Account.create(id, name, mail, null, now));
					}
					catch (DuplicateKeyException raced) {
						throw duplicateEmail();
					}
					this.users.createInitialUser(id, INITIAL_ADMIN_USER, password, PermissionSet.AdministratorAccess);
					this.memberships.insert(id, organization.id(), JoinedMethod.CREATED.name(), now);
					this.audit.recordSuccessFor(id, caller, Action.ORGANIZATIONS_CREATE_ACCOUNT.iamName(),
							"Created in organization " + organization.id());
					return new CreatedAccount(this.memberAccounts.find(organization.id(), id).orElseThrow(),
							INITIAL_ADMIN_USER, password);
				});
	}

	/**
	 * RemoveAccountFromOrganization: a member leaves at the management account's request. Accounts
	 * created in the organization qualify because they have their own sign-in (their admin user).
	 */
	public void removeAccount(Caller caller, String accountId) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_REMOVE_ACCOUNT, "accountId=" + accountId, () -> {
			Organization organization = managedOrganization(caller);
			OrganizationAccount membership = this.memberships.findById(String.valueOf(accountId))
				.filter((m) -> m.organizationId().equals(organization.id()))
				.orElseThrow(() -> accountNotFound(accountId));
			if (organization.isManagedBy(membership.accountId())) {
				throw masterCannotLeave();
			}
			if (!this.memberAccounts.hasSignIn(membership.accountId())) {
				throw OrganizationsError.CONSTRAINT_VIOLATION.exception("The account has no sign-in of its own yet, so it can't stand alone.",
						Map.of("Reason", "CANNOT_REMOVE_ACCOUNT_WITHOUT_SIGN_IN"));
			}
			depart(caller, organization, membership.accountId());
			this.audit.recordSuccessFor(membership.accountId(), caller, Action.ORGANIZATIONS_REMOVE_ACCOUNT.iamName(),
					"Removed from organization " + organization.id());
			return null;
		});
	}

	/** LeaveOrganization: an invited member leaves by itself; the management account never can. */
	public void leaveOrganization(Caller caller) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_LEAVE_ORGANIZATION, null, () -> {
			OrganizationQueries.Membership membership = this.queries.membershipOf(caller.accountId())
				.orElseThrow(OrganizationService::notInUse);
			if (membership.isManagementAccount()) {
				throw masterCannotLeave();
			}
			if (membership.account().joinedMethod() == JoinedMethod.CREATED) {
				throw OrganizationsError.CONSTRAINT_VIOLATION.exception("This account was created in the organization. Ask the management account to remove it.",
						Map.of("Reason", "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA"));
			}
			Organization organization = membership.organization();
			depart(caller, organization, caller.accountId());
			this.audit.recordSuccessFor(organization.managementAccountId(), caller,
					Action.ORGANIZATIONS_LEAVE_ORGANIZATION.iamName(),
					"Account " + caller.accountId() + " left organization " + organization.id());
			return null;
		});
	}

	private void depart(Caller caller, Organization organization, String accountId) {
		Instant now = this.clock.instant();
		for (Handshake open : this.handshakes.findOpenForTarget(organization.id(), accountId, now)) {
			this.handshakes.changeIfOpen(open.id(), HandshakeState.CANCELED, now);
		}
		this.memberships.deleteById(accountId);
		this.events.publishEvent(
				new AccountLeftOrganizationEvent(accountId, organization.id(), organization.managementAccountId()));
		// The account that left may have been the last approval an "Enable all features" request waited for.
		this.handshakes.findOpenRequest(organization.id(), now)
			.ifPresent((request) -> completeAllFeaturesIfApproved(caller, request.id()));
	}

	// ---------------------------------------------------------------- handshakes

	/**
	 * InviteAccountToOrganization: an INVITE handshake to an existing standalone account, named by its
	 * ID or its email.
	 */
	public HandshakeSummary inviteAccount(Caller caller, String accountIdOrEmail, String notes) {
		String target = (accountIdOrEmail != null) ? accountIdOrEmail.trim() : "";
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_INVITE_ACCOUNT, "target=" + target, () -> {
			Organization organization = managedOrganization(caller);
			if (notes != null && notes.length() > Handshake.MAX_NOTES_LENGTH) {
				throw OrganizationsError.INVALID_INPUT.exception("The note can have at most " + Handshake.MAX_NOTES_LENGTH + " characters.");
			}
			Account invited = findInvitedAccount(target);
			if (invited.id().equals(caller.accountId())) {
				throw handshakeConstraint("You can't invite your own account: it is already in this organization.",
						"ALREADY_IN_AN_ORGANIZATION");
			}
			Optional<OrganizationAccount> current = this.memberships.findById(invited.id());
			if (current.isPresent()) {
				throw handshakeConstraint(current.get().organizationId().equals(organization.id())
						? "Account " + invited.id() + " is already a member of this organization."
						: "Account " + invited.id() + " is already a member of another organization.",
						"ALREADY_IN_AN_ORGANIZATION");
			}
			Instant now = this.clock.instant();
			if (this.handshakes.findOpenRequest(organization.id(), now).isPresent()) {
				throw handshakeConstraint("The organization is switching to all features. "
						+ "Invite accounts when that is done or canceled.",
						"ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION");
			}
			if (this.handshakes.findOpen(organization.id(), HandshakeAction.INVITE, invited.id(), now).isPresent()) {
				throw OrganizationsError.DUPLICATE_HANDSHAKE.exception("An open invitation to account " + invited.id() + " already exists.");
			}
			Handshake handshake = Handshake.open(newHandshakeId(), organization.id(), HandshakeAction.INVITE,
					caller.accountId(), invited.id(), blankToNull(notes), null, now);
			this.handshakes.insert(handshake);
			this.audit.recordSuccessFor(invited.id(), caller, Action.ORGANIZATIONS_INVITE_ACCOUNT.iamName(),
					"Invited to organization " + organization.id() + ", handshakeId=" + handshake.id());
			return summary(handshake, now);
		});
	}

	/** ListHandshakesForAccount: every handshake addressed to the caller's account, newest first. */
	@Transactional(readOnly = true)
	public List<HandshakeSummary> listHandshakesForAccount(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ACCOUNT);
		Instant now = this.clock.instant();
		return this.handshakes.findByTarget(caller.accountId()).stream().map((h) -> summary(h, now)).toList();
	}

	/**
	 * The Invitations page: open invitations and approval requests addressed to the caller's account
	 * (the management account's own "Enable all features" request is shown on its Organization page).
	 */
	@Transactional(readOnly = true)
	public List<HandshakeSummary> openInvitations(Caller caller) {
		return listHandshakesForAccount(caller).stream()
			.filter((s) -> s.isOpen() && s.handshake().action() != HandshakeAction.ENABLE_ALL_FEATURES)
			.toList();
	}

	/** The navigation count: what {@link #openInvitations} lists. Zero for users who can't list handshakes. */
	@Transactional(readOnly = true)
	public long openInvitationCount(Caller caller) {
		if (!caller.can(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ACCOUNT)) {
			return 0;
		}
		return this.handshakes.countOpenForTarget(caller.accountId(),
				EnumSet.of(HandshakeAction.INVITE, HandshakeAction.APPROVE_ALL_FEATURES), this.clock.instant());
	}

	/** ListHandshakesForOrganization: every handshake the caller's organization sent, newest first. */
	@Transactional(readOnly = true)
	public List<HandshakeSummary> listHandshakesForOrganization(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ORGANIZATION);
		Organization organization = managedOrganization(caller);
		Instant now = this.clock.instant();
		return this.handshakes.findByOrganization(organization.id()).stream().map((h) -> summary(h, now)).toList();
	}

	/** DescribeHandshake: visible to the addressed account and the sending organization's management account. */
	@Transactional(readOnly = true)
	public HandshakeSummary describeHandshake(Caller caller, String handshakeId) {
		caller.require(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ACCOUNT);
		Handshake handshake = visibleHandshake(caller, handshakeId);
		return summary(handshake, this.clock.instant());
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
				completeAllFeaturesIfApproved(caller, handshake.parentId());
			}
			this.audit.recordSuccessFor(handshake.senderAccountId(), caller,
					Action.ORGANIZATIONS_ACCEPT_HANDSHAKE.iamName(),
					"Account " + caller.accountId() + " accepted handshakeId=" + handshake.id());
			return summary(this.handshakes.findById(handshake.id()).orElseThrow(), now);
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
					return summary(this.handshakes.findById(handshake.id()).orElseThrow(), now);
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
			return summary(this.handshakes.findById(handshake.id()).orElseThrow(), now);
		});
	}

	// ---------------------------------------------------------------- feature set

	/**
	 * EnableAllFeatures: starts the switch from consolidated billing. Every invited member gets an
	 * approval handshake; with none to ask, all features take effect at once.
	 */
	public HandshakeSummary enableAllFeatures(Caller caller) {
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_ENABLE_ALL_FEATURES, null, () -> {
			Organization organization = managedOrganization(caller);
			if (organization.hasAllFeatures()) {
				throw handshakeConstraint("The organization already has all features.",
						"ORGANIZATION_ALREADY_HAS_ALL_FEATURES");
			}
			Instant now = this.clock.instant();
			if (this.handshakes.findOpenRequest(organization.id(), now).isPresent()) {
				throw handshakeConstraint("Enabling all features is already in progress.",
						"ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION");
			}
			Handshake request = Handshake.open(newHandshakeId(), organization.id(), HandshakeAction.ENABLE_ALL_FEATURES,
					caller.accountId(), caller.accountId(), null, null, now);
			this.handshakes.insert(request);
			for (OrganizationAccount member : this.memberships.findByOrganizationIdOrderByAccountId(organization.id())) {
				if (member.joinedMethod() == JoinedMethod.INVITED) {
					requestApproval(caller, request, member.accountId(), now);
				}
			}
			completeAllFeaturesIfApproved(caller, request.id());
			return summary(this.handshakes.findById(request.id()).orElseThrow(), now);
		});
	}

	/** The latest "Enable all features" request of the caller's organization and its approvals. */
	@Transactional(readOnly = true)
	public Optional<AllFeaturesProgress> allFeaturesProgress(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ORGANIZATION);
		Organization organization = managedOrganization(caller);
		Instant now = this.clock.instant();
		return this.handshakes.findByOrganization(organization.id())
			.stream()
			.filter((h) -> h.action() == HandshakeAction.ENABLE_ALL_FEATURES)
			.findFirst()
			.map((request) -> new AllFeaturesProgress(summary(request, now),
					this.handshakes.findByParent(request.id()).stream().map((h) -> summary(h, now)).toList()));
	}

	private void requestApproval(Caller caller, Handshake request, String accountId, Instant now) {
		Handshake approval = Handshake.open(newHandshakeId(), request.organizationId(),
				HandshakeAction.APPROVE_ALL_FEATURES, request.senderAccountId(), accountId, null, request.id(), now);
		this.handshakes.insert(approval);
		this.audit.recordSuccessFor(accountId, caller, Action.ORGANIZATIONS_ENABLE_ALL_FEATURES.iamName(),
				"Approval requested, handshakeId=" + approval.id());
	}

	private void completeAllFeaturesIfApproved(Caller caller, String requestId) {
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

	private void join(Caller caller, Handshake invitation, Instant now) {
		try {
			this.memberships.insert(caller.accountId(), invitation.organizationId(), JoinedMethod.INVITED.name(), now);
		}
		catch (DuplicateKeyException raced) {
			throw alreadyMemberOfAnOrganization();
		}
		// A member invited before an "Enable all features" request started approves it too.
		Optional<Handshake> request = this.handshakes.findOpenRequest(invitation.organizationId(), now);
		request.ifPresent((r) -> requestApproval(caller, r, caller.accountId(), now));
		// Other organizations' open invitations to this account can no longer be accepted; they stay
		// open for their senders to see and are refused on accept.
	}

	// ---------------------------------------------------------------- trusted access

	/** Enables trusted access for a service principal (needs all features). Enabling twice is harmless. */
	public void enableTrustedAccess(Caller caller, String servicePrincipal) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS, "servicePrincipal=" + servicePrincipal,
				() -> {
					Organization organization = managedOrganization(caller);
					requireKnownServicePrincipal(servicePrincipal);
					if (!organization.hasAllFeatures()) {
						throw notInAllFeaturesMode();
					}
					this.trustedAccess.enable(organization.id(), servicePrincipal, this.clock.instant());
					return null;
				});
	}

	/**
	 * Disables trusted access. The portal asks the admin to type {@value #DISABLE_CONFIRMATION_WORD};
	 * the API passes it for the caller. Existing directory shares are not touched.
	 */
	public void disableTrustedAccess(Caller caller, String servicePrincipal, String confirmation) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_DISABLE_SERVICE_ACCESS, "servicePrincipal=" + servicePrincipal,
				() -> {
					Organization organization = managedOrganization(caller);
					requireKnownServicePrincipal(servicePrincipal);
					if (confirmation == null
							|| !DISABLE_CONFIRMATION_WORD.equals(confirmation.trim().toLowerCase(Locale.ROOT))) {
						throw OrganizationsError.INVALID_INPUT.exception("Type \"" + DISABLE_CONFIRMATION_WORD + "\" to confirm that trusted access is disabled.");
					}
					this.trustedAccess.disable(organization.id(), servicePrincipal);
					return null;
				});
	}

	/** ListAWSServiceAccessForOrganization: the service principals with trusted access. */
	@Transactional(readOnly = true)
	public List<TrustedAccess.Enabled> listServiceAccess(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_SERVICE_ACCESS);
		return this.trustedAccess.enabledServices(managedOrganization(caller).id());
	}

	/**
	 * The organization the caller's account manages; refuses callers outside an organization
	 * ({@code AWSOrganizationsNotInUseException}) and member accounts ({@code AccessDeniedException}).
	 */
	public Organization managedOrganization(Caller caller) {
		OrganizationQueries.Membership membership = this.queries.membershipOf(caller.accountId())
			.orElseThrow(OrganizationService::notInUse);
		if (!membership.isManagementAccount()) {
			throw AwsException.accessDenied("You don't have permissions to access this resource. "
					+ "Only the organization's management account can do this.");
		}
		return membership.organization();
	}

	// ---------------------------------------------------------------- helpers

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
			throw OrganizationsError.INVALID_INPUT.exception("Enter a 12-digit account ID or the email address of an account.");
		}
		return account.orElseThrow(() -> OrganizationsError.INVALID_INPUT.exception("No AWS account " + target + " exists. Invite an existing account, or create a new one."));
	}

	private HandshakeSummary summary(Handshake handshake, Instant now) {
		Organization organization = this.organizations.findById(handshake.organizationId()).orElseThrow();
		return new HandshakeSummary(handshake, handshake.stateAt(now), organization,
				account(organization.managementAccountId()), account(handshake.targetAccountId()));
	}

	private Account account(String accountId) {
		return this.accounts.findById(accountId).orElseThrow();
	}

	private String newHandshakeId() {
		String id;
		do {
			id = Ids.handshakeId();
		}
		while (this.handshakes.existsById(id));
		return id;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	static AwsException notInUse() {
		return OrganizationsError.NOT_IN_USE.exception("Your account is not a member of an organization.");
	}

	static AwsException notInAllFeaturesMode() {
		return OrganizationsError.CONSTRAINT_VIOLATION.exception("The organization must have all features enabled.",
				Map.of("Reason", "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE"));
	}

	private static AwsException handshakeConstraint(String message, String reason) {
		return OrganizationsError.HANDSHAKE_CONSTRAINT_VIOLATION.exception(message,
				Map.of("Reason", reason));
	}

	private static AwsException alreadyMemberOfAnOrganization() {
		return handshakeConstraint("This account is already a member of an organization. "
				+ "Leave that organization before you accept this invitation.", "ALREADY_IN_AN_ORGANIZATION");
	}

	private static AwsException alreadyInOrganization() {
		return OrganizationsError.ALREADY_IN_ORGANIZATION.exception("This account is already a member of an organization.");
	}

	private static AwsException accountNotFound(String accountId) {
		return OrganizationsError.ACCOUNT_NOT_FOUND.exception("Account " + accountId + " is not in your organization.");
	}

	private static AwsException masterCannotLeave() {
		return OrganizationsError.MASTER_CANNOT_LEAVE_ORGANIZATION.exception("The management account can't leave its organization. Delete the organization instead.");
	}

	private static AwsException duplicateEmail() {
		return OrganizationsError.DUPLICATE_ACCOUNT.exception("An account with this email address already exists.");
	}

	private static void requireKnownServicePrincipal(String servicePrincipal) {
		if (!TrustedAccess.DIRECTORY_SERVICE.equals(servicePrincipal)) {
			throw OrganizationsError.INVALID_INPUT.exception("You specified an unrecognized service principal.");
		}
	}

}
