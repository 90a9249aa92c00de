package io.dirshare.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.core.Ids;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The event history's queries on the migrated schema (the test profile's database, not a replacement). */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class AuditEventRepositoryTests {

	@Autowired
	AuditEventRepository events;

	private final String account = Ids.accountId();

	@Test
	void pagesNewestFirstAndAsksForOneRowMore() {
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		IntStream.range(0, 7).forEach((i) -> save(this.account, "iam:CreateUser", Outcome.Success, start.plusSeconds(i)));

		List<AuditEvent> first = this.events.findPage(this.account, null, null, 3 + 1, 0);
		List<AuditEvent> last = this.events.findPage(this.account, null, null, 3 + 1, 6);

		assertThat(first).extracting(AuditEvent::eventTime)
			.containsExactly(start.plusSeconds(6), start.plusSeconds(5), start.plusSeconds(4), start.plusSeconds(3));
		assertThat(last).extracting(AuditEvent::eventTime).containsExactly(start);
	}

	@Test
	void filtersByEventNameAndOutcomeWithinTheAccountOnly() {
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		save(this.account, "signin:ConsoleLogin", Outcome.Success, now);
		save(this.account, "signin:ConsoleLogin", Outcome.Failure, now.plusSeconds(1));
		save(this.account, "iam:DeleteUser", Outcome.Failure, now.plusSeconds(2));
		save(Ids.accountId(), "signin:ConsoleLogin", Outcome.Failure, now.plusSeconds(3));

		assertThat(this.events.findPage(this.account, "signin:ConsoleLogin", null, 10, 0)).hasSize(2);
		assertThat(this.events.findPage(this.account, null, "Failure", 10, 0)).extracting(AuditEvent::eventName)
			.containsExactly("iam:DeleteUser", "signin:ConsoleLogin");
		assertThat(this.events.findPage(this.account, "signin:ConsoleLogin", "Failure", 10, 0)).singleElement()
			.satisfies((event) -> assertThat(event.accountId()).isEqualTo(this.account));
		assertThat(this.events.findEventNames(this.account)).containsExactly("iam:DeleteUser", "signin:ConsoleLogin");
	}

	@Test
	void listsEachEventNameOfTheAccountOnceInOrder() {
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		IntStream.range(0, 5).forEach((i) -> save(this.account, "ds:ShareDirectory", Outcome.Success, now.plusSeconds(i)));
		save(this.account, "ds:UnshareDirectory", Outcome.Success, now);
		save(this.account, "ds:AcceptSharedDirectory", Outcome.Failure, now);
		save(Ids.accountId(), "ds:CreateMicrosoftAD", Outcome.Success, now);

		assertThat(this.events.findEventNames(this.account))
			.containsExactly("ds:AcceptSharedDirectory", "ds:ShareDirectory", "ds:UnshareDirectory");
		assertThat(this.events.findEventNames(Ids.accountId())).isEmpty();
	}

	private void save(String accountId, String eventName, Outcome outcome, Instant at) {
		this.events.save(new AuditEvent(null, at, accountId, "arn:aws:iam::" + accountId + ":user/admin", eventName,
				"console", "127.0.0.1", "us-east-1", outcome, (outcome == Outcome.Failure) ? "SomeError" : null,
				"userName=admin", null, null));
	}

}
