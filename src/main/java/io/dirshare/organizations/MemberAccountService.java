package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.Action;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.Echo;
import io.dirshare.core.Ids;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Page;
import io.dirshare.core.Reads;
import io.dirshare.core.policy.ResourceRef;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of an organization: the management account lists them, creates new ones and removes
 * members; an invited member leaves by itself. An account created here can stand alone later because
 * it gets an administrator of its own. Every departure is published as an
 * {@link AccountLeftOrganizationEvent}.
 */
@Service
@Transactional
public class MemberAccountService {

	/** The user every created account gets. */
	public static final String INITIAL_ADMIN_USER = "admin";

	public static final int MAX_ACCOUNT_NAME_LENGTH = 50;

	static final int MAX_EMAIL_LENGTH = 254;

	/** An account's email: one @, at most 64 characters before it and a dot after it, no whitespace. */
	static final String EMAIL_REGEX = "^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+$";

	static final String ACCOUNT_NAME_RULE = "The account name must have 1 to " + MAX_ACCOUNT_NAME_LENGTH
			+ " characters.";

	static final String EMAIL_RULE = "Enter a valid email address.";

	private static final Pattern EMAIL = Pattern.compile(EMAIL_REGEX);

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final OrganizationService organizationService;

	private final OrganizationAccountRepository memberships;

	private final MemberAccountQueries memberAccounts;

	private final HandshakeRepository handshakes;

	private final AccountRepository accounts;

	private final IamUserService users;

	private final FeatureSetService featureSet;

	private final CreateAccountRequests requests;

	private final OrganizationTags tags;

	private final OrganizationRepository organizations;

	private final OrganizationsProperties properties;

	private final ServiceControlPolicyAttachments serviceControlPolicies;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MemberAccountService(OrganizationService organizationService, OrganizationAccountRepository memberships,
			MemberAccountQueries memberAccounts, HandshakeRepository handshakes, AccountRepository accounts,
			IamUserService users, FeatureSetService featureSet, CreateAccountRequests requests, OrganizationTags tags,
			OrganizationRepository organizations, OrganizationsProperties properties,
			ServiceControlPolicyAttachments serviceControlPolicies, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.serviceControlPolicies = serviceControlPolicies;
		this.requests = requests;
		this.tags = tags;
		this.organizations = organizations;
		this.properties = properties;
		this.organizationService = organizationService;
		this.memberships = memberships;
		this.memberAccounts = memberAccounts;
		this.handshakes = handshakes;
		this.accounts = accounts;
		this.users = users;
		this.featureSet = featureSet;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** ListAccounts: the organization's accounts, the management account included. */
	@Reads
	public Page<MemberAccount> listAccounts(Caller caller, AccountSort sort, int pageNumber, int pageSize) {
		caller.require(Action.ORGANIZATIONS_LIST_ACCOUNTS);
		Organization organization = this.organizationService.managedOrganization(caller);
		int size = Math.max(1, pageSize);
		List<MemberAccount> rows = this.memberAccounts.page(organization.id(), (sort != null) ? sort : AccountSort.NAME_ASC,
				Page.offset(pageNumber, size), size + 1);
		return Page.of(rows, pageNumber, size);
	}

	/** DescribeAccount: an account of the caller's organization. */
	@Reads
	public MemberAccount describeAccount(Caller caller, String accountId) {
		caller.requireCan(Action.ORGANIZATIONS_DESCRIBE_ACCOUNT);
		Organization organization = this.organizationService.managedOrganization(caller);
		caller.require(Action.ORGANIZATIONS_DESCRIBE_ACCOUNT, accountResource(organization, accountId));
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
					Organization organization = this.organizationService.managedOrganization(caller);
					requireValidNameAndEmail(name, mail);
					if (this.accounts.findByEmail(mail).isPresent()) {
						throw duplicateEmail();
					}
					return create(caller, organization, name, mail, adminPassword);
				});
	}

	/**
	 * CreateAccount through the API: asynchronous, as in AWS. The request is {@code IN_PROGRESS} for
	 * {@code dirshare.organizations.create-account-delay}, then {@link CreateAccountJob} makes the account
	 * (with an {@code admin} user whose generated password nobody is told) or fails the request, e.g.
	 * with {@code EMAIL_ALREADY_EXISTS}. The tags go to the account.
	 */
	public CreateAccountStatus requestAccountCreation(Caller caller, String accountName, String email,
			Map<String, String> accountTags) {
		String name = (accountName != null) ? accountName.trim() : "";
		String mail = (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "";
		return this.audit.authorizedChange(caller, Action.ORGANIZATIONS_CREATE_ACCOUNT,
				"accountName=" + name + ", email=" + mail, () -> {
					Organization organization = this.organizationService.managedOrganization(caller);
					requireValidNameAndEmail(name, mail);
					OrganizationTagService.requireValidTags(accountTags, 0);
					Instant now = this.clock.instant();
					String id = this.requests.newId();
					this.requests.insert(id, organization.id(), name, mail, caller.userName(), now,
							now.plus(this.properties.createAccountDelay()));
					this.tags.put(organization.id(), id, accountTags);
					return this.requests.find(id).orElseThrow().status();
				});
	}

	/** DescribeCreateAccountStatus: a request of the caller's organization. */
	@Transactional(readOnly = true)
	public CreateAccountStatus describeCreateAccountStatus(Caller caller, String requestId) {
		caller.require(Action.ORGANIZATIONS_DESCRIBE_CREATE_ACCOUNT_STATUS);
		Organization organization = this.organizationService.managedOrganization(caller);
		return this.requests.find(String.valueOf(requestId))
			.filter((request) -> request.organizationId().equals(organization.id()))
			.map(CreateAccountRequests.Request::status)
			.orElseThrow(() -> OrganizationsError.CREATE_ACCOUNT_STATUS_NOT_FOUND
				.exception("We can't find a create account request with the CreateAccountRequestId that you specified."));
	}

	/**
	 * Completes one due CreateAccount request, if no other instance did: the account joins the
	 * organization, or the request fails with AWS's reason.
	 */
	public void completeAccountCreation(String requestId) {
		if (!this.requests.claim(requestId)) {
			return;
		}
		CreateAccountRequests.Request request = this.requests.find(requestId).orElseThrow();
		Instant now = this.clock.instant();
		Optional<Organization> organization = this.organizations.findById(request.organizationId());
		if (organization.isEmpty()) {
			this.requests.complete(requestId, CreateAccountStatus.FAILED, null, CreateAccountStatus.INTERNAL_FAILURE, now);
			return;
		}
		if (this.accounts.findByEmail(request.email()).isPresent()) {
			this.requests.complete(requestId, CreateAccountStatus.FAILED, null, CreateAccountStatus.EMAIL_ALREADY_EXISTS,
					now);
			return;
		}
		Caller requester = Caller.system(organization.get().managementAccountId(), request.requestedByUser(),
				AccountPosition.MANAGEMENT, AwsRegion.DEFAULT);
		CreatedAccount created = create(requester, organization.get(), request.status().accountName(), request.email(),
				null);
		this.tags.move(organization.get().id(), requestId, created.account().id());
		this.requests.complete(requestId, CreateAccountStatus.SUCCEEDED, created.account().id(), null, now);
	}

	/** The IDs of CreateAccount requests whose time has come. */
	@Transactional(readOnly = true)
	public List<String> dueAccountCreations(Instant now, int max) {
		return this.requests.due(now, max);
	}

	/** The CreateAccount requests still in progress, however long their delay was meant to last. */
	public List<String> accountCreationsInProgress(int max) {
		return this.requests.inProgress(max);
	}

	private static void requireValidNameAndEmail(String name, String mail) {
		if (name.isEmpty() || name.length() > MAX_ACCOUNT_NAME_LENGTH) {
			throw OrganizationsError.INVALID_INPUT.exception(ACCOUNT_NAME_RULE);
		}
		if (!EMAIL.matcher(mail).matches() || mail.length() > MAX_EMAIL_LENGTH) {
			throw OrganizationsError.INVALID_INPUT.exception(EMAIL_RULE);
		}
	}

	/** A new account in the organization, joined as CREATED, with an {@code admin} user. */
	private CreatedAccount create(Caller caller, Organization organization, String name, String mail,
			String adminPassword) {
		String password = (adminPassword == null || adminPassword.isEmpty()) ? Ids.random(PASSWORD_ALPHABET, 16)
				: adminPassword;
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
		this.serviceControlPolicies.accountJoined(organization.id(), id);
		this.audit.recordSuccessFor(id, caller, Action.ORGANIZATIONS_CREATE_ACCOUNT.iamName(),
				"Created in organization " + organization.id());
		return new CreatedAccount(this.memberAccounts.find(organization.id(), id).orElseThrow(), INITIAL_ADMIN_USER,
				password);
	}

	/**
	 * RemoveAccountFromOrganization: a member leaves at the management account's request. Accounts
	 * created in the organization qualify because they have their own sign-in (their admin user).
	 */
	public void removeAccount(Caller caller, String accountId) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_REMOVE_ACCOUNT, "accountId=" + accountId, (authorization) -> {
			Organization organization = this.organizationService.managedOrganization(caller);
			authorization.require(accountResource(organization, accountId));
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

	/** A member account as Organizations' policies name it: {@code arn:aws:organizations::MGMT:account/o-…/ACCT}. */
	private static ResourceRef accountResource(Organization organization, String accountId) {
		return ResourceRef.organizationsAccount(organization.managementAccountId(), organization.id(), accountId);
	}

	/** LeaveOrganization: an invited member leaves by itself; the management account never can. */
	public void leaveOrganization(Caller caller) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_LEAVE_ORGANIZATION, null, () -> {
			OrganizationQueries.Membership membership = this.organizationService.requireMembership(caller);
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
		this.tags.removeAll(organization.id(), accountId);
		for (Handshake open : this.handshakes.findOpenForTarget(organization.id(), accountId, now)) {
			this.handshakes.changeIfOpen(open.id(), HandshakeState.CANCELED, now);
		}
		this.memberships.deleteById(accountId);
		this.serviceControlPolicies.accountLeft(organization.id(), accountId);
		this.events.publishEvent(
				new AccountLeftOrganizationEvent(accountId, organization.id(), organization.managementAccountId()));
		this.featureSet.completeIfLastApprovalLeft(caller, organization.id(), now);
	}

	private static AwsException accountNotFound(String accountId) {
		return OrganizationsError.ACCOUNT_NOT_FOUND.exception("Account " + Echo.of(accountId) + " is not in your organization.");
	}

	private static AwsException masterCannotLeave() {
		return OrganizationsError.MASTER_CANNOT_LEAVE_ORGANIZATION.exception("The management account can't leave its organization. Delete the organization instead.");
	}

	private static AwsException duplicateEmail() {
		return OrganizationsError.DUPLICATE_ACCOUNT.exception("An account with this email address already exists.");
	}

}
