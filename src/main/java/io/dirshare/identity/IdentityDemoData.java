package io.dirshare.identity;

import java.time.Clock;

import io.dirshare.demo.DemoDataSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The four demo accounts and their users (README: "Demo identities"). */
@Component
@Order(10)
class IdentityDemoData implements DemoDataSet {

	private final AccountRepository accounts;

	private final IamUserService users;

	private final Clock clock;

	IdentityDemoData(AccountRepository accounts, IamUserService users, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public boolean isLoaded() {
		return this.accounts.existsById("111111111111");
	}

	@Override
	public void load() {
		account("111111111111", "Example Corp", "aws-management@example.com", "example-corp");
		account("222222222222", "Example Dev", "aws-dev@example.com", null);
		account("333333333333", "Example Prod", "aws-prod@example.com", null);
		account("444444444444", "Partner Co", "aws@partner.example.net", null);
		user("111111111111", "admin", PermissionSet.AdministratorAccess);
		user("111111111111", "auditor", PermissionSet.ReadOnlyAccess);
		user("111111111111", "diradmin", PermissionSet.DirectoryServiceFullAccess);
		user("222222222222", "admin", PermissionSet.AdministratorAccess);
		user("333333333333", "admin", PermissionSet.AdministratorAccess);
		user("444444444444", "admin", PermissionSet.AdministratorAccess);
	}

	private void account(String id, String name, String email, String alias) {
		this.accounts.save(Account.create(id, name, email, alias, this.clock.instant()));
	}

	private void user(String accountId, String userName, PermissionSet permissionSet) {
		this.users.createInitialUser(accountId, userName, DEMO_PASSWORD, permissionSet);
	}

}
