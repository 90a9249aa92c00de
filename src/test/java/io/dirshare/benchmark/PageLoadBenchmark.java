package io.dirshare.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Ids;
import io.dirshare.directories.Directory;
import io.dirshare.identity.Account;
import io.dirshare.core.Caller;
import io.dirshare.sharing.SharingFixtures;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The goal of issue 4: pages stay fast with many rows. For an owner with a small and with a large
 * Shared directories table, a consumer with few and many shared directories, and a short and a long
 * event history, it measures each page's latency through the whole portal (security, services, SQL,
 * Thymeleaf) and counts the SQL statements one page costs. The counts must not grow with the rows
 * (paged, indexed queries, no N+1); the latency goal is a p95 under {@value #P95_GOAL_MILLIS} ms on the
 * 2-core machines. Not part of {@code ./mvnw verify}; run it with {@code ./mvnw test -Pbenchmark}
 * (add {@code DIRSHARE_TEST_MYSQL_URL} to run it on MySQL).
 */
@IntegrationTest
@Tag("benchmark")
@Import({ StatementCounter.class, SharingFixtures.class })
class PageLoadBenchmark {

	private static final int SMALL = 10;

	private static final int LARGE = 5_000;

	private static final int WARM_UP = 30;

	private static final int MEASURED = 200;

	private static final long P95_GOAL_MILLIS = 150;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SharingFixtures sharing;

	@Autowired
	JdbcClient jdbc;

	record Measurement(String page, int rows, long statements, double p50, double p95, double max) {
	}

	@Test
	void pagesCostTheSameStatementsAndStayFastWhateverTheRowCount() throws Exception {
		List<Measurement> results = new ArrayList<>();
		for (int rows : new int[] { SMALL, LARGE }) {
			Account owner = this.accounts.newAccount("Benchmark owner " + rows);
			Caller ownerAdmin = this.accounts.admin(owner);
			Directory directory = this.sharing.activeDirectory(ownerAdmin, "Enterprise");
			seedShares(owner.id(), directory.id(), rows);
			seedEvents(owner.id(), rows);
			Account consumer = this.accounts.newAccount("Benchmark consumer " + rows);
			seedSharedWithMe(owner.id(), consumer.id(), rows);

			MockHttpSession ownerSession = PortalSignIn.signIn(this.mvc, owner.id(), "admin", TestAccounts.PASSWORD);
			MockHttpSession consumerSession = PortalSignIn.signIn(this.mvc, consumer.id(), "admin",
					TestAccounts.PASSWORD);
			Map<String, MockHttpSession> pages = new LinkedHashMap<>();
			pages.put("/directories/" + directory.id() + "?tab=share", ownerSession);
			pages.put("/directories/" + directory.id() + "?tab=share&hideDeleted=false&page=3", ownerSession);
			pages.put("/directories", ownerSession);
			pages.put("/events", ownerSession);
			pages.put("/events?eventName=ds:ShareDirectory&page=2", ownerSession);
			pages.put("/shared-directories", consumerSession);
			for (var page : pages.entrySet()) {
				results.add(measure(page.getKey().replace(directory.id(), "{id}"), rows, page.getKey(),
						page.getValue()));
			}
		}
		report(results);

		for (Measurement small : results.stream().filter((m) -> m.rows() == SMALL).toList()) {
			Measurement large = results.stream()
				.filter((m) -> m.rows() == LARGE && m.page().equals(small.page()))
				.findFirst()
				.orElseThrow();
			assertThat(large.statements()).as("SQL statements of %s with %d rows", large.page(), LARGE)
				.isEqualTo(small.statements());
			assertThat(large.p95()).as("p95 ms of %s with %d rows", large.page(), LARGE).isLessThan(P95_GOAL_MILLIS);
		}
	}

	private Measurement measure(String name, int rows, String url, MockHttpSession session) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		}
		long before = StatementCounter.statementsOfThisThread();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		long statements = StatementCounter.statementsOfThisThread() - before;
		double[] millis = new double[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		return new Measurement(name, rows, statements, millis[MEASURED / 2], millis[(int) (MEASURED * 0.95)],
				millis[MEASURED - 1]);
	}

	private static void report(List<Measurement> results) {
		StringBuilder table = new StringBuilder("\nPage load benchmark (ms)\n");
		table.append(String.format("%-58s %6s %10s %8s %8s %8s%n", "page", "rows", "statements", "p50", "p95", "max"));
		for (Measurement m : results) {
			table.append(String.format("%-58s %6d %10d %8.1f %8.1f %8.1f%n", m.page(), m.rows(), m.statements(), m.p50(),
					m.p95(), m.max()));
		}
		System.out.println(table);
	}

	/** Shares of one directory in us-east-1: half Shared, a quarter Deleted, a quarter waiting. */
	private void seedShares(String ownerId, String directoryId, int rows) {
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < rows; i++) {
			String status = (i % 4 == 0) ? "Deleted" : (i % 4 == 1) ? "PendingAcceptance" : "Shared";
			this.jdbc.sql("""
					INSERT INTO directory_share (owner_account_id, owner_directory_id, region, shared_account_id,
					    shared_directory_id, share_method, share_status, share_notes, created_at, updated_at,
					    settle_due_at, version)
					VALUES (:owner, :directory, :region, :target, :sharedId, 'HANDSHAKE', :status, :notes, :now, :now, NULL, 0)""")
				.param("owner", ownerId)
				.param("directory", directoryId)
				.param("region", AwsRegion.US_EAST_1.code())
				.param("target", Ids.accountId())
				.param("sharedId", Ids.directoryId())
				.param("status", status)
				.param("notes", "Benchmark share " + i)
				.param("now", now)
				.update();
		}
	}

	/** Directories of the owner, each shared with the consumer. */
	private void seedSharedWithMe(String ownerId, String consumerId, int rows) {
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < rows; i++) {
			String directoryId = Ids.directoryId();
			this.jdbc.sql("""
					INSERT INTO directory (id, account_id, dns_name, short_name, edition, description, stage,
					    stage_due_at, primary_region, dns_ip_addrs, launch_time, version)
					VALUES (:id, :owner, :dns, 'BENCH', 'Standard', NULL, 'Active', NULL, 'us-east-1', '10.0.0.10,10.0.1.10', :now, 0)""")
				.param("id", directoryId)
				.param("owner", ownerId)
				.param("dns", "bench" + i + ".example.com")
				.param("now", now)
				.update();
			this.jdbc.sql("""
					INSERT INTO directory_share (owner_account_id, owner_directory_id, region, shared_account_id,
					    shared_directory_id, share_method, share_status, share_notes, created_at, updated_at,
					    settle_due_at, version)
					VALUES (:owner, :directory, 'us-east-1', :consumer, :sharedId, 'HANDSHAKE', :status, NULL, :now, :now, NULL, 0)""")
				.param("owner", ownerId)
				.param("directory", directoryId)
				.param("consumer", consumerId)
				.param("sharedId", Ids.directoryId())
				.param("status", (i % 2 == 0) ? "Shared" : "PendingAcceptance")
				.param("now", now)
				.update();
		}
	}

	private void seedEvents(String accountId, int rows) {
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < rows; i++) {
			this.jdbc.sql("""
					INSERT INTO audit_event (event_time, account_id, principal_arn, event_name, event_source,
					    source_address, region, outcome, error_code, summary)
					VALUES (:time, :account, :arn, :name, 'console', '127.0.0.1', 'us-east-1', 'Success', NULL, :summary)""")
				.param("time", now)
				.param("account", accountId)
				.param("arn", "arn:aws:iam::" + accountId + ":user/admin")
				.param("name", (i % 2 == 0) ? "ds:ShareDirectory" : "ds:UnshareDirectory")
				.param("summary", "benchmark event " + i)
				.update();
		}
	}

}
