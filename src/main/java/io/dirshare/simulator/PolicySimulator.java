package io.dirshare.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.IamError;
import io.dirshare.core.Page;
import io.dirshare.core.Reads;
import io.dirshare.core.policy.AuthorizationRequest;
import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.PolicyDocument;
import io.dirshare.core.policy.PolicyEvaluator;
import io.dirshare.core.policy.PrincipalAuthorizations;
import io.dirshare.core.policy.ResourceRef;
import io.dirshare.directories.AccountDirectories;
import io.dirshare.directories.AccountDirectories.AccountDirectory;
import io.dirshare.identity.AccountUsers;
import io.dirshare.identity.IamUser;
import io.dirshare.identity.IamUserService;
import io.dirshare.organizations.AccountSort;
import io.dirshare.organizations.MemberAccount;
import io.dirshare.organizations.MemberAccountService;
import io.dirshare.organizations.OrganizationQueries;
import io.dirshare.organizations.OrganizationQueries.Membership;

import org.springframework.stereotype.Service;

/**
 * IAM's SimulatePrincipalPolicy for the portal: evaluates a user's identity-based policies (plus an
 * unsaved one, if given) and the SCPs over the user's account with the evaluation both doors use, and
 * changes nothing. Whom a caller may simulate is decided here: users of its own account, and for an
 * administrator of an organization's management account (organizations:ListAccounts and
 * iam:ListUsers) users of the organization's other accounts too. Nothing of another account is
 * revealed otherwise, not even whether it exists.
 */
@Service
@Reads
public class PolicySimulator {

	/** How AWS's simulator names the policies passed in PolicyInputList. */
	static final String UNSAVED_POLICY_NAME = "Unsaved policy";

	static final String UNSAVED_POLICY_ARN = "PolicyInputList.1";

	private static final int ACCOUNTS_PAGE = 100;

	private final IamUserService users;

	private final AccountUsers accountUsers;

	private final MemberAccountService memberAccounts;

	private final OrganizationQueries organizations;

	private final AccountDirectories directories;

	private final PrincipalAuthorizations authorizations;

	PolicySimulator(IamUserService users, AccountUsers accountUsers, MemberAccountService memberAccounts,
			OrganizationQueries organizations, AccountDirectories directories, PrincipalAuthorizations authorizations) {
		this.users = users;
		this.accountUsers = accountUsers;
		this.memberAccounts = memberAccounts;
		this.organizations = organizations;
		this.directories = directories;
		this.authorizations = authorizations;
	}

	/** The accounts whose users the caller may simulate, its own first. */
	public List<SimulatedAccount> accounts(Caller caller) {
		caller.require(Action.IAM_SIMULATE_PRINCIPAL_POLICY);
		if (!isOrganizationAdministrator(caller)) {
			return List.of(new SimulatedAccount(caller.accountId(), null, true));
		}
		List<SimulatedAccount> accounts = new ArrayList<>();
		List<SimulatedAccount> others = new ArrayList<>();
		int number = 1;
		Page<MemberAccount> page;
		do {
			page = this.memberAccounts.listAccounts(caller, AccountSort.NAME_ASC, number++, ACCOUNTS_PAGE);
			for (MemberAccount account : page.items()) {
				boolean own = account.id().equals(caller.accountId());
				(own ? accounts : others).add(new SimulatedAccount(account.id(), account.name(), own));
			}
		}
		while (page.hasNext());
		accounts.addAll(others);
		return accounts;
	}

	/** The users of an account the caller may simulate, by name. */
	public List<String> users(Caller caller, String accountId) {
		requireVisible(caller, accountId);
		if (accountId.equals(caller.accountId())) {
			return this.users.list(caller).stream().map(IamUser::userName).toList();
		}
		return this.accountUsers.userNames(accountId);
	}

	/**
	 * The directories the account owns or has shared with it in the caller's Region, each as policies
	 * judge it; none when the caller may not describe directories.
	 */
	public List<AccountDirectory> directories(Caller caller, String accountId) {
		requireVisible(caller, accountId);
		if (!caller.can(Action.DS_DESCRIBE_DIRECTORIES)) {
			return List.of();
		}
		return this.directories.inRegion(accountId, caller.region());
	}

	/**
	 * Simulates the user doing each action on the resource in the caller's Region.
	 * @param unsavedPolicy a policy document added to the user's identity-based policies for this
	 * simulation only, or blank for none
	 * @throws io.dirshare.core.policy.MalformedPolicyException when the unsaved policy is not one IAM
	 * would accept; nothing is simulated then
	 */
	public Simulation simulate(Caller caller, String accountId, String userName, List<Action> actions,
			ResourceRef resource, String unsavedPolicy) {
		caller.require(Action.IAM_SIMULATE_PRINCIPAL_POLICY);
		Optional<NamedPolicy> unsaved = unsavedPolicy(unsavedPolicy);
		String user = users(caller, accountId).stream()
			.filter((name) -> name.equalsIgnoreCase(userName))
			.findFirst()
			.orElseThrow(() -> IamError.NO_SUCH_ENTITY.exception("The user with name " + userName + " cannot be found."));
		Permissions permissions = this.authorizations.permissionsOf(accountId, user);
		List<NamedPolicy> identityPolicies = new ArrayList<>(permissions.identityPolicies());
		unsaved.ifPresent(identityPolicies::add);
		String userArn = Caller.userArn(accountId, user);
		String region = caller.region().code();
		List<SimulatedAction> answers = actions.stream().map((action) -> {
			AuthorizationRequest request = AuthorizationRequest.of(accountId, userArn, action.iamName(), resource, region,
					permissions.principalTags());
			return new SimulatedAction(action,
					PolicyEvaluator.evaluate(request, identityPolicies, permissions.scpLevels()));
		}).toList();
		return new Simulation(accountId, user, userArn, resource, region, identityPolicies, unsaved.isPresent(),
				scpsInEffect(accountId, permissions), answers);
	}

	/** Parses the unsaved policy as IAM would a customer-managed one; blank means none. */
	static Optional<NamedPolicy> unsavedPolicy(String json) {
		if (json == null || json.isBlank()) {
			return Optional.empty();
		}
		PolicyDocument document = PolicyDocument.parse(json, PolicyDocument.IDENTITY_POLICY_MAX_CHARACTERS);
		return Optional.of(new NamedPolicy(UNSAVED_POLICY_NAME, UNSAVED_POLICY_ARN, null, document));
	}

	private ScpsInEffect scpsInEffect(String accountId, Permissions permissions) {
		Optional<Membership> membership = this.organizations.membershipOf(accountId);
		if (membership.isEmpty()) {
			return new ScpsInEffect(ScpsInEffect.Standing.NOT_IN_ORGANIZATION, List.of());
		}
		if (membership.get().isManagementAccount()) {
			return new ScpsInEffect(ScpsInEffect.Standing.MANAGEMENT_ACCOUNT, List.of());
		}
		return new ScpsInEffect(ScpsInEffect.Standing.MEMBER_ACCOUNT, permissions.scpLevels());
	}

	/**
	 * The caller's own account, or an account of the organization the caller administers; anything else
	 * is refused with one message, so that a refusal says nothing about the account.
	 */
	private void requireVisible(Caller caller, String accountId) {
		caller.require(Action.IAM_SIMULATE_PRINCIPAL_POLICY);
		if (caller.accountId().equals(accountId)) {
			return;
		}
		if (accountId == null || !isOrganizationAdministrator(caller)) {
			throw notVisible(caller);
		}
		Optional<Membership> own = this.organizations.membershipOf(caller.accountId());
		Optional<Membership> other = this.organizations.membershipOf(accountId);
		boolean sameOrganization = own.isPresent() && own.get().isManagementAccount() && other.isPresent()
				&& other.get().organization().id().equals(own.get().organization().id());
		if (!sameOrganization) {
			throw notVisible(caller);
		}
	}

	private static boolean isOrganizationAdministrator(Caller caller) {
		return caller.isManagementAccount() && caller.can(Action.ORGANIZATIONS_LIST_ACCOUNTS)
				&& caller.can(Action.IAM_LIST_USERS);
	}

	private static AwsException notVisible(Caller caller) {
		return AwsException.accessDenied("User: " + caller.arn() + " may simulate only users of its own account, or, "
				+ "from an organization's management account, users of the organization's accounts.");
	}

}
