package io.dirshare.core;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TransactionRetryTests {

	private final TransactionRetry retry = new TransactionRetry();

	private final AtomicInteger attempts = new AtomicInteger();

	@Test
	void aCallThatLostADeadlockRunsAgainAndSucceeds() {
		String result = this.retry.run(() -> {
			if (this.attempts.incrementAndGet() < TransactionRetry.MAX_ATTEMPTS) {
				throw new CannotAcquireLockException("Deadlock found when trying to get lock");
			}
			return "done";
		});

		assertThat(result).isEqualTo("done");
		assertThat(this.attempts).hasValue(TransactionRetry.MAX_ATTEMPTS);
	}

	@Test
	void aCallThatKeepsLosingFailsAfterTheLastAttempt() {
		assertThatExceptionOfType(CannotAcquireLockException.class).isThrownBy(() -> this.retry.run(() -> {
			this.attempts.incrementAndGet();
			throw new CannotAcquireLockException("Deadlock found when trying to get lock");
		}));
		assertThat(this.attempts).hasValue(TransactionRetry.MAX_ATTEMPTS);
	}

	@Test
	void otherFailuresAndRefusalsAreNotRunAgain() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.retry.run(() -> {
			this.attempts.incrementAndGet();
			throw new DataIntegrityViolationException("duplicate");
		}));
		assertThatExceptionOfType(AwsException.class).isThrownBy(() -> this.retry.run(() -> {
			this.attempts.incrementAndGet();
			throw DirectoryServiceError.CLIENT.exception("refused");
		}));
		assertThat(this.attempts).hasValue(2);
	}

	@Test
	void insideATransactionTheCallerFails() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThatExceptionOfType(CannotAcquireLockException.class).isThrownBy(() -> this.retry.run(() -> {
				this.attempts.incrementAndGet();
				throw new CannotAcquireLockException("Deadlock found when trying to get lock");
			}));
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
		assertThat(this.attempts).hasValue(1);
	}

}
