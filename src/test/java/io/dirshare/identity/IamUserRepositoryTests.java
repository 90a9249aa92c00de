package io.dirshare.identity;

import java.time.Instant;

import io.dirshare.core.Ids;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class IamUserRepositoryTests {

	@Autowired
	IamUserRepository users;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	private Account account;

	@BeforeEach
	void account() {
		String id = Ids.accountId();
		this.account = this.accounts.save(Account.create(id, "Repository Test", id + "@test.example.com", null, Instant.now()));
	}

	@Test
	void findsAUserByItsNameWithoutRegardToCase() {
		IamUser saved = user("Jane.Doe", PermissionSet.ReadOnlyAccess);

		assertThat(this.users.findByAccountIdAndUserNameKey(this.account.id(), IamUser.key("JANE.DOE")))
			.hasValueSatisfying((found) -> {
				assertThat(found.id()).isEqualTo(saved.id());
				assertThat(found.userName()).isEqualTo("Jane.Doe");
			});
	}

	@Test
	void theDatabaseRefusesASecondUserWhoseNameDiffersOnlyInCase() {
		user("jane", PermissionSet.ReadOnlyAccess);
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> user("JANE", PermissionSet.ReadOnlyAccess));
	}

	@Test
	void listsTheAccountsUsersByNameAndCountsItsAdministrators() {
		user("zed", PermissionSet.AdministratorAccess);
		user("Amy", PermissionSet.AdministratorAccess);
		user("bob", PermissionSet.ReadOnlyAccess);

		assertThat(this.users.findByAccountIdOrderByUserNameKey(this.account.id())).extracting(IamUser::userName)
			.containsExactly("Amy", "bob", "zed");
		assertThat(this.users.countAdministratorsForUpdate(this.account.id())).isEqualTo(2);
	}

	@Test
	void aChangeKeepsTheVersionedRowUpToDate() {
		IamUser saved = user("ops", PermissionSet.ReadOnlyAccess);
		this.users.save(saved.withPasswordHash("{noop}changed", Instant.now()));
		assertThat(this.users.findById(saved.id())).get()
			.extracting(IamUser::passwordHash)
			.isEqualTo("{noop}changed");
	}

	/** Saves a user with the AWS managed policy attached, as the migration of a permission set leaves it. */
	private IamUser user(String name, PermissionSet permissionSet) {
		IamUser saved = this.users.save(IamUser.create(this.account.id(), name, "{noop}secret", Instant.now()));
		this.jdbc.sql("INSERT INTO iam_user_policy (user_id, policy_arn, attached_at) VALUES (:user, :arn, :at)")
			.param("user", saved.id())
			.param("arn", permissionSet.arn())
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update();
		return saved;
	}

}
