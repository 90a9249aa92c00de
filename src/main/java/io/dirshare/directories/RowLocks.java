package io.dirshare.directories;

import java.util.function.Supplier;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;

/**
 * Waits for a row lock longer than the database would alone. Embedded H2 gives up on a lock after one
 * second, which a burst of requests on one directory easily exceeds; MySQL waits 50 seconds. A timed-out
 * {@code SELECT ... FOR UPDATE} leaves the transaction usable on both, so it is simply asked again.
 */
public final class RowLocks {

	private static final int ATTEMPTS = 30;

	private RowLocks() {
	}

	public static <T> T waitFor(Supplier<T> lockingRead) {
		for (int attempt = 1;; attempt++) {
			try {
				return lockingRead.get();
			}
			catch (QueryTimeoutException | PessimisticLockingFailureException timedOut) {
				if (attempt >= ATTEMPTS || isDeadlock(timedOut)) {
					throw timedOut;
				}
			}
		}
	}

	private static boolean isDeadlock(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		return message.contains("Deadlock") || message.contains("deadlock");
	}

}
