package io.dirshare.sharing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Ids;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's invitation queries that every page runs, on the migrated schema. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, ShareRepository.class })
class ShareRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Autowired
	ShareRepository shares;

	@Autowired
	JdbcClient jdbc;

	private final String owner = Ids.accountId();

	private final String consumer = Ids.accountId();

	private final String directory = Ids.directoryId();

	@Test
	void thePendingCountStopsAtItsLimitAndLeavesOutExpiredAndAnsweredInvitations() {
		ownerDirectory();
		for (int i = 0; i < 3; i++) {
			share("PendingAcceptance", null);
		}
		share("PendingAcceptance", NOW.plus(Duration.ofDays(2)));
		share("PendingAcceptance", NOW.minusSeconds(1));
		share("Shared", null);
		share("Rejected", null);

		assertThat(this.shares.countPending(this.consumer, AwsRegion.US_EAST_1, NOW, 100)).isEqualTo(4);
		assertThat(this.shares.countPending(this.consumer, AwsRegion.US_EAST_1, NOW, 2)).isEqualTo(2);
		assertThat(this.shares.countPending(this.consumer, AwsRegion.US_WEST_2, NOW, 100)).isZero();
	}

	@Test
	void invitationsExpiringSoonAreTheUnexpiredOnesDueByThenSoonestFirst() {
		ownerDirectory();
		share("PendingAcceptance", NOW.plus(Duration.ofHours(20)));
		share("PendingAcceptance", NOW.plus(Duration.ofHours(2)));
		share("PendingAcceptance", NOW.plus(Duration.ofDays(3)));
		share("PendingAcceptance", NOW.minusSeconds(1));
		share("PendingAcceptance", null);

		assertThat(this.shares.pendingExpiringBy(this.consumer, AwsRegion.US_EAST_1, NOW, NOW.plus(Duration.ofDays(1))))
			.extracting(Share::invitationExpiresAt)
			.containsExactly(NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(20)));
	}

	private void ownerDirectory() {
		this.jdbc.sql("INSERT INTO account (id, name, email, alias, created_at, version) VALUES (:id, 'owner', :email, NULL, :now, 0)")
			.param("id", this.owner)
			.param("email", this.owner + "@example.com")
			.param("now", Timestamp.from(NOW))
			.update();
		this.jdbc.sql("""
				INSERT INTO directory (id, account_id, dns_name, short_name, edition, description, stage, stage_due_at,
				    primary_region, dns_ip_addrs, launch_time, version)
				VALUES (:id, :account, 'corp.example.com', 'CORP', 'Standard', NULL, 'Active', NULL, 'us-east-1',
				    '10.0.0.10,10.0.1.10', :now, 0)""")
			.param("id", this.directory)
			.param("account", this.owner)
			.param("now", Timestamp.from(NOW))
			.update();
	}

	private void share(String status, Instant expiresAt) {
		this.jdbc.sql("""
				INSERT INTO directory_share (owner_account_id, owner_directory_id, region, shared_account_id,
				    shared_directory_id, share_method, share_status, share_notes, created_at, updated_at,
				    settle_due_at, version, invitation_expires_at)
				VALUES (:owner, :directory, 'us-east-1', :consumer, :sharedId, 'HANDSHAKE', :status, NULL, :now, :now,
				    NULL, 0, :expiresAt)""")
			.param("owner", this.owner)
			.param("directory", this.directory)
			.param("consumer", this.consumer)
			.param("sharedId", Ids.directoryId())
			.param("status", status)
			.param("now", Timestamp.from(NOW))
			.param("expiresAt", (expiresAt != null) ? Timestamp.from(expiresAt) : null)
			.update();
	}

}
