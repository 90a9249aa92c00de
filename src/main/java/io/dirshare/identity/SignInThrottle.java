package io.dirshare.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits password guesses per account + user name: at most {@code max-failures-per-user} (5) attempts
 * within the window (15 minutes) are evaluated; the fifth failure locks the user for the window.
 * <p>
 * An attempt is a <em>reservation</em> taken before the password is checked: under a lock on the user's
 * guard row, the failures and the attempts still in flight are counted and a pending row is added only
 * while they are fewer than the limit. Parallel attempts (also on several instances sharing the
 * database) therefore never evaluate more passwords than the limit. The reservation is then completed
 * as a failure, or removed on success; a success clears the failure streak when no other attempt of the
 * user is in flight. A reservation of a crashed instance stays pending and expires with the window.
 * <p>
 * Per client address there is no lock, which would lock out everyone behind one address (a proxy, a
 * NAT): failures from an address only delay its further attempts ({@link #addressDelay}), and a correct
 * password of a user who is not locked is never refused.
 */
@Component
class SignInThrottle {

	/** The first delay of an address past the threshold; it doubles with every further failure. */
	static final Duration FIRST_ADDRESS_DELAY = Duration.ofMillis(250);

	private static final int MAX_ADDRESS_LENGTH = 64;

	/** An attempt that may be evaluated; complete it with {@link #failed} or {@link #succeeded}. */
	record Reservation(long id, String accountKey, String userKey) {

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final int maxFailuresPerUser;

	private final int addressDelayAfter;

	private final Duration maxAddressDelay;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${dirshare.sign-in.max-failures-per-user:5}") int maxFailuresPerUser,
			@Value("${dirshare.sign-in.address-delay-after:10}") int addressDelayAfter,
			@Value("${dirshare.sign-in.address-delay-max:5s}") Duration maxAddressDelay,
			@Value("${dirshare.sign-in.lockout:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailuresPerUser = maxFailuresPerUser;
		this.addressDelayAfter = addressDelayAfter;
		this.maxAddressDelay = maxAddressDelay;
		this.window = window;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// Each statement sees what the previous holder of the guard row committed.
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
	}

	Duration lockout() {
		return this.window;
	}

	/**
	 * A key for something typed that names no account or user: a digest, so that a password typed into
	 * the wrong field is never stored, of a fixed length that fits its column whatever was typed. The
	 * {@code #} cannot start an account ID, alias or user name, so it never equals a real one.
	 */
	static String digestKey(String typed) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(typed.getBytes(StandardCharsets.UTF_8));
			return "#" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reserves an attempt of the user, unless the user is locked or as many attempts as the limit are
	 * already failed or in flight within the window.
	 * @return the reservation, or empty when the attempt must be refused as locked
	 */
	Optional<Reservation> reserve(String accountKey, String userKey, String clientAddress) {
		for (int tries = 0; tries < 3; tries++) {
			Optional<Optional<Reservation>> outcome = this.transactions
				.execute((status) -> reserveLocked(accountKey, userKey, clientAddress));
			if (outcome != null && outcome.isPresent()) {
				return outcome.get();
			}
			createGuard(accountKey, userKey);
		}
		throw new IllegalStateException("The sign-in guard row could not be created");
	}

	/** @return empty when the guard row does not exist yet */
	private Optional<Optional<Reservation>> reserveLocked(String accountKey, String userKey, String clientAddress) {
		Instant now = this.clock.instant();
		Optional<Guard> guard = this.jdbc.sql("""
				SELECT locked_until FROM sign_in_guard WHERE account_id = :account AND user_name_key = :user FOR UPDATE""")
			.param("account", accountKey)
			.param("user", userKey)
			.query((rs, row) -> new Guard(rs.getTimestamp("locked_until")))
			.optional();
		if (guard.isEmpty()) {
			return Optional.empty();
		}
		if (guard.get().isLockedAt(now)) {
			return Optional.of(Optional.empty());
		}
		// What is older than the window no longer counts: failures and stale reservations alike.
		this.jdbc.sql("DELETE FROM sign_in_attempt WHERE account_id = :account AND user_name_key = :user AND attempted_at <= :since")
			.param("account", accountKey)
			.param("user", userKey)
			.param("since", Timestamp.from(now.minus(this.window)))
			.update();
		long taken = this.jdbc.sql("SELECT COUNT(*) FROM sign_in_attempt WHERE account_id = :account AND user_name_key = :user")
			.param("account", accountKey)
			.param("user", userKey)
			.query(Long.class)
			.single();
		if (taken >= this.maxFailuresPerUser) {
			return Optional.of(Optional.empty());
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO sign_in_attempt (account_id, user_name_key, client_address, attempted_at, pending)
				VALUES (:account, :user, :address, :at, TRUE)""")
			.param("account", accountKey)
			.param("user", userKey)
			.param("address", address(clientAddress))
			.param("at", Timestamp.from(now))
			.update(keys, "id");
		return Optional.of(Optional.of(new Reservation(keys.getKey().longValue(), accountKey, userKey)));
	}

	private void createGuard(String accountKey, String userKey) {
		try {
			this.transactions.executeWithoutResult((status) -> this.jdbc
				.sql("INSERT INTO sign_in_guard (account_id, user_name_key, locked_until) VALUES (:account, :user, NULL)")
				.param("account", accountKey)
				.param("user", userKey)
				.update());
		}
		catch (DuplicateKeyException createdMeanwhile) {
			// Another attempt created it first; both then queue on its lock.
		}
	}

	/** The password was wrong: the reservation becomes a failure, and the limit's failure locks the user. */
	void failed(Reservation reservation) {
		this.transactions.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			lockGuard(reservation);
			this.jdbc.sql("UPDATE sign_in_attempt SET pending = FALSE, attempted_at = :at WHERE id = :id")
				.param("at", Timestamp.from(now))
				.param("id", reservation.id())
				.update();
			long failures = this.jdbc.sql("""
					SELECT COUNT(*) FROM sign_in_attempt
					WHERE account_id = :account AND user_name_key = :user AND pending = FALSE AND attempted_at > :since""")
				.param("account", reservation.accountKey())
				.param("user", reservation.userKey())
				.param("since", Timestamp.from(now.minus(this.window)))
				.query(Long.class)
				.single();
			if (failures >= this.maxFailuresPerUser) {
				this.jdbc.sql("UPDATE sign_in_guard SET locked_until = :until WHERE account_id = :account AND user_name_key = :user")
					.param("until", Timestamp.from(now.plus(this.window)))
					.param("account", reservation.accountKey())
					.param("user", reservation.userKey())
					.update();
			}
		});
	}

	/**
	 * The password was right: the reservation is removed, and the failure streak (and a lock taken while
	 * this attempt was in flight) is cleared, unless another attempt of the user is still in flight.
	 */
	void succeeded(Reservation reservation) {
		this.transactions.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			lockGuard(reservation);
			this.jdbc.sql("DELETE FROM sign_in_attempt WHERE id = :id").param("id", reservation.id()).update();
			long inFlight = this.jdbc.sql("""
					SELECT COUNT(*) FROM sign_in_attempt
					WHERE account_id = :account AND user_name_key = :user AND pending = TRUE AND attempted_at > :since""")
				.param("account", reservation.accountKey())
				.param("user", reservation.userKey())
				.param("since", Timestamp.from(now.minus(this.window)))
				.query(Long.class)
				.single();
			if (inFlight == 0) {
				this.jdbc.sql("DELETE FROM sign_in_attempt WHERE account_id = :account AND user_name_key = :user")
					.param("account", reservation.accountKey())
					.param("user", reservation.userKey())
					.update();
				this.jdbc.sql("UPDATE sign_in_guard SET locked_until = NULL WHERE account_id = :account AND user_name_key = :user")
					.param("account", reservation.accountKey())
					.param("user", reservation.userKey())
					.update();
			}
		});
	}

	private void lockGuard(Reservation reservation) {
		this.jdbc.sql("SELECT account_id FROM sign_in_guard WHERE account_id = :account AND user_name_key = :user FOR UPDATE")
			.param("account", reservation.accountKey())
			.param("user", reservation.userKey())
			.query(String.class)
			.optional();
	}

	/**
	 * How long an attempt from this client address waits before its password is checked: nothing until
	 * the address has {@code address-delay-after} failures within the window, then 0.25 s, doubling with
	 * each further failure, at most {@code address-delay-max}. Slows down guessing across many users from
	 * one address without refusing anyone.
	 */
	Duration addressDelay(String clientAddress) {
		long failures = this.jdbc.sql("""
				SELECT COUNT(*) FROM sign_in_attempt
				WHERE client_address = :address AND attempted_at > :since AND pending = FALSE""")
			.param("address", address(clientAddress))
			.param("since", Timestamp.from(this.clock.instant().minus(this.window)))
			.query(Long.class)
			.single();
		return addressDelay(failures, this.addressDelayAfter, this.maxAddressDelay);
	}

	static Duration addressDelay(long failures, int delayAfter, Duration max) {
		if (failures < delayAfter) {
			return Duration.ZERO;
		}
		long doublings = Math.min(failures - delayAfter, 30);
		Duration delay = FIRST_ADDRESS_DELAY.multipliedBy(1L << doublings);
		return (delay.compareTo(max) < 0) ? delay : max;
	}

	/** Forgets attempts older than the window and guard rows that no longer lock or count anything. */
	@Scheduled(fixedDelayString = "${dirshare.sign-in.cleanup-interval:5m}",
			initialDelayString = "${dirshare.sign-in.cleanup-interval:5m}")
	void forgetExpired() {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("DELETE FROM sign_in_attempt WHERE attempted_at <= :since")
			.param("since", Timestamp.from(this.clock.instant().minus(this.window)))
			.update();
		this.jdbc.sql("""
				DELETE FROM sign_in_guard
				WHERE (locked_until IS NULL OR locked_until <= :now)
				  AND NOT EXISTS (SELECT 1 FROM sign_in_attempt a
				                  WHERE a.account_id = sign_in_guard.account_id AND a.user_name_key = sign_in_guard.user_name_key)""")
			.param("now", now)
			.update();
	}

	private static String address(String clientAddress) {
		String address = (clientAddress != null) ? clientAddress : "";
		return (address.length() <= MAX_ADDRESS_LENGTH) ? address : address.substring(0, MAX_ADDRESS_LENGTH);
	}

	private record Guard(Timestamp lockedUntil) {

		boolean isLockedAt(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.toInstant().isAfter(now);
		}

	}

}
