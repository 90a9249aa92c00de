package io.dirshare.test;

import io.dirshare.core.policy.Permissions;
import java.time.Instant;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Ids;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountPositions;
import io.dirshare.identity.AccountRepository;
import io.dirshare.core.Caller;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;

import org.springframework.boot.test.context.TestComponent;

/**
 * Makes fresh accounts with random IDs for tests that share a database, and the {@link Caller} of one
 * of their users.
 */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "test-password-1";

	private final AccountRepository accounts;

	private final IamUserService users;

	private final AccountPositions positions;

	TestAccounts(AccountRepository accounts, IamUserService users, AccountPositions positions) {
		this.accounts = accounts;
		this.users = users;
		this.positions = positions;
	}

	/** A new standalone account with an {@code admin} user (AdministratorAccess). */
	public Account newAccount(String name) {
		String id;
		do {
			id = Ids.accountId();
		}
		while (this.accounts.existsById(id));
		Account account = this.accounts.save(Account.create(id, name, id + "@test.example.com", null, Instant.now()));
		this.users.createInitialUser(id, "admin", PASSWORD, PermissionSet.AdministratorAccess);
		return account;
	}

	/** The console caller of the account's {@code admin}, in us-east-1. */
	public Caller admin(Account account) {
		return caller(account.id(), "admin", PermissionSet.AdministratorAccess, AwsRegion.US_EAST_1);
	}

	/** A caller with the given permission set; the user need not exist, as services trust the caller. */
	public Caller caller(String accountId, String userName, PermissionSet permissionSet, AwsRegion region) {
		return new Caller(accountId, userName, this.positions.of(accountId), Permissions.of(permissionSet.managedPolicy()),
				Caller.EventSource.CONSOLE, "127.0.0.1", region);
	}

}
