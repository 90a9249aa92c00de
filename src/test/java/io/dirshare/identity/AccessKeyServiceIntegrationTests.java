package io.dirshare.identity;

import java.util.List;

import io.dirshare.audit.AuditEvent;
import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccessKeyServiceIntegrationTests {

	@Autowired
	AccessKeyService accessKeys;

	@Autowired
	IamUserService users;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsAKeyWhoseSecretIsShownOnceAndStoredOnlyEncrypted() {
		Account account = this.testAccounts.newAccount("Keys");
		Caller admin = this.testAccounts.admin(account);

		AccessKeyService.NewAccessKey created = this.accessKeys.create(admin, "admin");

		assertThat(created.key().accessKeyId()).matches("^AKIA[A-Z0-9]{16}$");
		assertThat(created.secretAccessKey()).hasSize(40);
		assertThat(created.key().status()).isEqualTo(AccessKey.Status.Active);
		String stored = this.jdbc.sql("SELECT secret_ciphertext FROM access_key WHERE access_key_id = :id")
			.param("id", created.key().accessKeyId())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(created.secretAccessKey());
		assertThat(this.accessKeys.signingKey(created.key().accessKeyId())).get()
			.satisfies((signing) -> {
				assertThat(signing.secretAccessKey()).isEqualTo(created.secretAccessKey());
				assertThat(signing.user().userName()).isEqualTo("admin");
			});
		assertThat(created.toString()).doesNotContain(created.secretAccessKey());
	}

	@Test
	void allowsTwoKeysPerUserAndRefusesTheThird() {
		Account account = this.testAccounts.newAccount("Two keys");
		Caller admin = this.testAccounts.admin(account);
		this.accessKeys.create(admin, "admin");
		this.accessKeys.create(admin, "admin");

		assertThatThrownBy(() -> this.accessKeys.create(admin, "admin")).isInstanceOf(AwsException.class)
			.extracting((ex) -> ((AwsException) ex).errorCode())
			.isEqualTo("LimitExceeded");
		assertThat(this.accessKeys.list(admin, "admin")).hasSize(2);
	}

	@Test
	void deactivatesReactivatesAndDeletesAndAuditsEachChangeWithoutTheSecret() {
		Account account = this.testAccounts.newAccount("Key lifecycle");
		Caller admin = this.testAccounts.admin(account);
		AccessKeyService.NewAccessKey created = this.accessKeys.create(admin, "admin");
		String id = created.key().accessKeyId();

		assertThat(this.accessKeys.updateStatus(admin, "admin", id, AccessKey.Status.Inactive).isActive()).isFalse();
		assertThat(this.accessKeys.updateStatus(admin, "admin", id, AccessKey.Status.Active).isActive()).isTrue();
		this.accessKeys.delete(admin, "admin", id);

		assertThat(this.accessKeys.list(admin, "admin")).isEmpty();
		List<AuditEvent> events = this.audit.page(admin, null, null, 1).items();
		assertThat(events).extracting(AuditEvent::eventName)
			.contains("iam:CreateAccessKey", "iam:UpdateAccessKey", "iam:DeleteAccessKey");
		assertThat(events).allSatisfy((event) -> assertThat(String.valueOf(event.summary()))
			.doesNotContain(created.secretAccessKey()));
		assertThat(events).filteredOn((event) -> event.eventName().equals("iam:CreateAccessKey"))
			.singleElement()
			.satisfies((event) -> assertThat(event.summary()).contains(id));
	}

	@Test
	void recordsLastUseAndRegion() {
		Account account = this.testAccounts.newAccount("Key use");
		Caller admin = this.testAccounts.admin(account);
		String id = this.accessKeys.create(admin, "admin").key().accessKeyId();

		this.accessKeys.recordUse(id, "eu-west-1", "ds");

		AccessKey key = this.accessKeys.list(admin, "admin").get(0);
		assertThat(key.lastUsedAt()).isNotNull();
		assertThat(key.lastUsedRegion()).isEqualTo("eu-west-1");
		assertThat(key.lastUsedService()).isEqualTo("ds");
	}

	@Test
	void keysOfAnotherAccountAreNotFoundAndReadOnlyUsersCannotCreateKeys() {
		Account owner = this.testAccounts.newAccount("Key owner");
		Account other = this.testAccounts.newAccount("Other");
		String id = this.accessKeys.create(this.testAccounts.admin(owner), "admin").key().accessKeyId();

		assertThatThrownBy(() -> this.accessKeys.delete(this.testAccounts.admin(other), "admin", id))
			.isInstanceOf(AwsException.class)
			.extracting((ex) -> ((AwsException) ex).errorCode())
			.isEqualTo("NoSuchEntity");
		Caller reader = this.testAccounts.caller(owner.id(), "admin", PermissionSet.ReadOnlyAccess, AwsRegion.US_EAST_1);
		assertThatThrownBy(() -> this.accessKeys.create(reader, "admin")).isInstanceOf(AwsException.class)
			.extracting((ex) -> ((AwsException) ex).errorCode())
			.isEqualTo("AccessDeniedException");
		assertThat(this.accessKeys.list(reader, "admin")).hasSize(1);
	}

	@Test
	void deletingAUserDeletesItsKeys() {
		Account account = this.testAccounts.newAccount("User with key");
		Caller admin = this.testAccounts.admin(account);
		this.users.create(admin, "builder", "builder-password", PermissionSet.DirectoryServiceFullAccess);
		String id = this.accessKeys.create(admin, "builder").key().accessKeyId();

		this.users.delete(admin, "builder");

		assertThat(this.accessKeys.signingKey(id)).isEmpty();
	}

}
