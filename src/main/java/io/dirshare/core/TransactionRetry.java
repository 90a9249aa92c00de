package io.dirshare.core;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a door's call of a transactional service again when its transaction lost a deadlock or timed out
 * waiting for a lock: the database rolled it back whole, so the call starts over on a new transaction
 * (its audit event, written in that transaction, is on record once). Only around a call that starts its
 * own transaction: inside one, the rolled-back work belongs to the caller, which must fail.
 */
@Component
public class TransactionRetry {

	static final int MAX_ATTEMPTS = 3;

	private static final long BACKOFF_MILLIS = 20;

	private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);

	public <T> T run(Supplier<T> call) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return call.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return call.get();
			}
			catch (PessimisticLockingFailureException lost) {
				if (attempt >= MAX_ATTEMPTS) {
					throw lost;
				}
				log.debug("Attempt {} lost a lock ({}); running it again", attempt, DatabaseFailures.rootMessage(lost));
				pause(attempt);
			}
		}
	}

	/** A short, jittered pause, so that the transactions that collided do not collide again. */
	private static void pause(int attempt) {
		long millis = BACKOFF_MILLIS * attempt + ThreadLocalRandom.current().nextLong(BACKOFF_MILLIS);
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted before running the call again", ex);
		}
	}

}
