package io.dirshare.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.dirshare.audit.AuditEvent;
import io.dirshare.audit.AuditTrail;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.dirshare.test.PortalSignIn.attempt;
import static io.dirshare.test.PortalSignIn.randomAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The per-user limit holds under parallel attempts: an attempt is a reservation taken in the database
 * before its password is checked, so never more passwords are evaluated than the limit, whatever the
 * timing (and across instances, since the lock is the database's).
 */
@IntegrationTest
class SignInThrottleIntegrationTests {

	private static final int LIMIT = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thirtyParallelAttemptsForOneUserEvaluateNoMoreThanTheLimit() throws Exception {
		Account account = this.testAccounts.newAccount("Sign-in Race Test");
		int attempts = 30;
		int right = 17;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < attempts; i++) {
				String password = (i == right) ? TestAccounts.PASSWORD : "wrong-password-" + i;
				String address = randomAddress();
				Callable<String> signIn = () -> {
					start.await();
					return attempt(this.mvc, account.id(), "admin", password, address).andReturn()
						.getResponse()
						.getRedirectedUrl();
				};
				outcomes.add(pool.submit(signIn));
			}
			start.countDown();
			List<String> locations = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				locations.add(outcome.get(120, TimeUnit.SECONDS));
			}
			Map<String, Long> byOutcome = locations.stream()
				.map((location) -> location.startsWith("/signin?locked") ? "locked"
						: location.startsWith("/signin?error") ? "wrong" : location)
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

			long evaluated = byOutcome.getOrDefault("wrong", 0L) + byOutcome.getOrDefault("/", 0L);
			assertThat(evaluated).as("passwords evaluated: %s", byOutcome).isBetween(1L, (long) LIMIT);
			assertThat(byOutcome.getOrDefault("locked", 0L)).isEqualTo(attempts - evaluated);
			assertThat(byOutcome.keySet()).isSubsetOf("locked", "wrong", "/");
		}
		finally {
			pool.shutdownNow();
		}
		List<AuditEvent> events = this.audit
			.page(this.testAccounts.admin(account), IamAuthenticationProvider.SIGN_IN_EVENT, null, 1)
			.items();
		assertThat(events).hasSize(attempts);
		assertThat(events).filteredOn((event) -> !"AccountLocked".equals(event.errorCode())).hasSizeLessThanOrEqualTo(LIMIT);
	}

	@Test
	void reservationsInFlightCountAgainstTheLimit() {
		String account = SignInThrottle.digestKey("in-flight-" + randomAddress());
		List<SignInThrottle.Reservation> inFlight = new ArrayList<>();
		for (int i = 0; i < LIMIT; i++) {
			inFlight.add(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());
		}

		assertThat(this.throttle.reserve(account, "admin", randomAddress())).isEmpty();

		this.throttle.succeeded(inFlight.get(0));
		assertThat(this.throttle.reserve(account, "admin", randomAddress())).isPresent();
	}

	@Test
	void theLimitsFailureLocksTheUserForTheWindow() {
		String account = SignInThrottle.digestKey("lock-" + randomAddress());
		for (int i = 0; i < LIMIT; i++) {
			this.throttle.failed(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());
		}

		assertThat(this.throttle.reserve(account, "admin", randomAddress())).isEmpty();
		Timestamp lockedUntil = this.jdbc.sql("SELECT locked_until FROM sign_in_guard WHERE account_id = :account")
			.param("account", account)
			.query(Timestamp.class)
			.single();
		assertThat(Duration.between(Instant.now(), lockedUntil.toInstant()))
			.isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
		assertThat(this.throttle.reserve(account, "other-user", randomAddress())).isPresent();
	}

	@Test
	void aSuccessClearsTheFailureStreakWhenNothingElseIsInFlight() {
		String account = SignInThrottle.digestKey("streak-" + randomAddress());
		for (int i = 0; i < LIMIT - 1; i++) {
			this.throttle.failed(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());
		}
		this.throttle.succeeded(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());

		for (int i = 0; i < LIMIT - 1; i++) {
			this.throttle.failed(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());
		}
		assertThat(this.throttle.reserve(account, "admin", randomAddress())).isPresent();
	}

	@Test
	void aSuccessKeepsTheStreakWhileAnotherAttemptIsInFlight() {
		String account = SignInThrottle.digestKey("in-flight-streak-" + randomAddress());
		for (int i = 0; i < LIMIT - 2; i++) {
			this.throttle.failed(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());
		}
		SignInThrottle.Reservation other = this.throttle.reserve(account, "admin", randomAddress()).orElseThrow();
		this.throttle.succeeded(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());
		this.throttle.failed(other);

		// Three failures before, the one in flight now failed too: one more failure locks.
		this.throttle.failed(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());
		assertThat(this.throttle.reserve(account, "admin", randomAddress())).isEmpty();
	}

	@Test
	void reservationsOfACrashedInstanceExpireWithTheWindow() throws Exception {
		Account account = this.testAccounts.newAccount("Stale Reservation Test");
		Instant sixteenMinutesAgo = Instant.now().minus(Duration.ofMinutes(16));
		for (int i = 0; i < LIMIT; i++) {
			insertPending(account.id(), sixteenMinutesAgo);
		}
		attempt(this.mvc, account.id(), "admin", TestAccounts.PASSWORD, randomAddress()).andExpect(redirectedUrl("/"));

		for (int i = 0; i < LIMIT; i++) {
			insertPending(account.id(), Instant.now());
		}
		attempt(this.mvc, account.id(), "admin", TestAccounts.PASSWORD, randomAddress())
			.andExpect(redirectedUrl("/signin?locked&account=" + account.id()));
	}

	@Test
	void theAddressDelayDoublesFromTheThresholdUpToItsMaximum() {
		Duration max = Duration.ofSeconds(5);
		assertThat(SignInThrottle.addressDelay(9, 10, max)).isZero();
		assertThat(SignInThrottle.addressDelay(10, 10, max)).isEqualTo(Duration.ofMillis(250));
		assertThat(SignInThrottle.addressDelay(11, 10, max)).isEqualTo(Duration.ofMillis(500));
		assertThat(SignInThrottle.addressDelay(14, 10, max)).isEqualTo(Duration.ofSeconds(4));
		assertThat(SignInThrottle.addressDelay(15, 10, max)).isEqualTo(max);
		assertThat(SignInThrottle.addressDelay(Long.MAX_VALUE, 10, max)).isEqualTo(max);
	}

	@Test
	void expiredAttemptsAndIdleGuardsAreForgotten() {
		String account = SignInThrottle.digestKey("forget-" + randomAddress());
		this.throttle.failed(this.throttle.reserve(account, "admin", randomAddress()).orElseThrow());
		this.jdbc.sql("UPDATE sign_in_attempt SET attempted_at = :old WHERE account_id = :account")
			.param("old", Timestamp.from(Instant.now().minus(Duration.ofMinutes(16))))
			.param("account", account)
			.update();

		this.throttle.forgetExpired();

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM sign_in_guard WHERE account_id = :account")
			.param("account", account)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.throttle.reserve(account, "admin", randomAddress())).isPresent();
	}

	private void insertPending(String accountId, Instant at) {
		this.jdbc.sql("""
				INSERT INTO sign_in_attempt (account_id, user_name_key, client_address, attempted_at, pending)
				VALUES (:account, 'admin', '10.9.9.9', :at, TRUE)""")
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.update();
	}

}
