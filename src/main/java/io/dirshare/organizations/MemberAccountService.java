package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.Ids;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Page;
import io.dirshare.core.Reads;
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

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MemberAccountService(OrganizationService organizationService, OrganizationAccountRepository memberships,
			MemberAccountQueries memberAccounts, HandshakeRepository handshakes, AccountRepository accounts,
			IamUserService users, FeatureSetService featureSet, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
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
		caller.require(Action.ORGANIZATIONS_DESCRIBE_ACCOUNT);
		Organization organization = this.organizationService.managedOrganization(caller);
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
					if (name.isEmpty() || name.length() > MAX_ACCOUNT_NAME_LENGTH) {
						throw OrganizationsError.INVALID_INPUT.exception(ACCOUNT_NAME_RULE);
					}
					if (!EMAIL.matcher(mail).matches() || mail.length() > MAX_EMAIL_LENGTH) {
						throw OrganizationsError.INVALID_INPUT.exception(EMAIL_RULE);
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
			Organization organization = this.organizationService.managedOrganization(caller);
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
		for (Handshake open : this.handshakes.findOpenForTarget(organization.id(), accountId, now)) {
			this.handshakes.changeIfOpen(open.id(), HandshakeState.CANCELED, now);
		}
		this.memberships.deleteById(accountId);
		this.events.publishEvent(
				new AccountLeftOrganizationEvent(accountId, organization.id(), organization.managementAccountId()));
		this.featureSet.completeIfLastApprovalLeft(caller, organization.id(), now);
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

}
