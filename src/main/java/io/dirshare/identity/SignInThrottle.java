package io.dirshare.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in after too many failures: per account + user name (5 in 15 minutes locks that user
 * for 15 minutes) and per client address. Attempts are kept in the database, so every instance of the
 * portal sees the same count and a restart forgets nothing.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailuresPerUser;

	private final int maxFailuresPerAddress;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, Clock clock,
			@Value("${dirshare.sign-in.max-failures-per-user:5}") int maxFailuresPerUser,
			@Value("${dirshare.sign-in.max-failures-per-address:50}") int maxFailuresPerAddress,
			@Value("${dirshare.sign-in.lockout:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailuresPerUser = maxFailuresPerUser;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.window = window;
	}

	Duration lockout() {
		return this.window;
	}

	boolean isLocked(String accountKey, String userName, String clientAddress) {
		Timestamp since = Timestamp.from(this.clock.instant().minus(this.window));
		long userFailures = this.jdbc.sql("""
				SELECT COUNT(*) FROM sign_in_attempt
				WHERE account_id = :account AND user_name_key = :user AND attempted_at > :since AND succeeded = FALSE""")
			.param("account", accountKey)
			.param("user", IamUser.key(userName))
			.param("since", since)
			.query(Long.class)
			.single();
		if (userFailures >= this.maxFailuresPerUser) {
			return true;
		}
		long addressFailures = this.jdbc.sql("""
				SELECT COUNT(*) FROM sign_in_attempt
				WHERE client_address = :address AND attempted_at > :since AND succeeded = FALSE""")
			.param("address", clientAddress)
			.param("since", since)
			.query(Long.class)
			.single();
		return addressFailures >= this.maxFailuresPerAddress;
	}

	/** Written on its own, so a failed sign-in counts even though authentication throws. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String accountKey, String userName, String clientAddress, boolean succeeded) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO sign_in_attempt (account_id, user_name_key, client_address, attempted_at, succeeded)
				VALUES (:account, :user, :address, :at, :succeeded)""")
			.param("account", accountKey)
			.param("user", IamUser.key(userName))
			.param("address", clientAddress)
			.param("at", Timestamp.from(now))
			.param("succeeded", succeeded)
			.update();
		if (succeeded) {
			// A success clears the user's failure streak, as a lockout counts consecutive failures.
			this.jdbc.sql("DELETE FROM sign_in_attempt WHERE account_id = :account AND user_name_key = :user AND succeeded = FALSE")
				.param("account", accountKey)
				.param("user", IamUser.key(userName))
				.update();
		}
	}

}
