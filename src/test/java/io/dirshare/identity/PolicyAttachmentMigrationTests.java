package io.dirshare.identity;

import java.util.Map;

import javax.sql.DataSource;

import io.dirshare.core.Action;
import io.dirshare.core.policy.AuthorizationRequest;
import io.dirshare.core.policy.AwsManagedPolicies;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.ResourceRef;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V41 turns each user's permission set into an attachment of the AWS managed policy of the same name:
 * every existing user may do, action by action, exactly what its permission set allowed.
 */
class PolicyAttachmentMigrationTests {

	@Test
	void everyUserKeepsExactlyWhatItsPermissionSetAllowed() {
		DataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:v41-migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
				"sa", "");
		JdbcClient jdbc = JdbcClient.create(database);
		migrate(database, "31");
		jdbc.sql("""
				INSERT INTO account (id, name, email, alias, created_at, version)
				VALUES ('123456789012', 'Before V41', 'before@example.com', NULL, CURRENT_TIMESTAMP, 0)""").update();
		for (PermissionSet set : PermissionSet.values()) {
			jdbc.sql("""
					INSERT INTO iam_user (account_id, user_name, user_name_key, password_hash, permission_set, created_at,
					    password_changed_at, version)
					VALUES ('123456789012', :name, :name, '{noop}x', :set, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""")
				.param("name", set.name().toLowerCase(java.util.Locale.ROOT))
				.param("set", set.name())
				.update();
		}

		migrate(database, "41");

		for (PermissionSet set : PermissionSet.values()) {
			String userName = set.name().toLowerCase(java.util.Locale.ROOT);
			var attached = jdbc.sql("""
					SELECT p.policy_arn FROM iam_user_policy p JOIN iam_user u ON u.id = p.user_id
					WHERE u.user_name = :name""").param("name", userName).query(String.class).list();
			assertThat(attached).as(userName).containsExactly(set.arn());
			Permissions after = Permissions.of(AwsManagedPolicies.findByArn(attached.get(0)).orElseThrow());
			for (Action action : Action.values()) {
				AuthorizationRequest request = AuthorizationRequest.of("123456789012",
						"arn:aws:iam::123456789012:user/" + userName, action.iamName(), ResourceRef.ANY, "us-east-1",
						Map.of());
				assertThat(after.evaluate(request).allowed()).as(userName + " " + action).isEqualTo(Permissions.of(set.managedPolicy()).evaluate(request).allowed());
			}
		}
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'iam_user' AND column_name = 'permission_set'""")
			.query(Integer.class)
			.single()).as("the permission_set column is gone").isZero();
	}

	private static void migrate(DataSource database, String target) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
	}

}
