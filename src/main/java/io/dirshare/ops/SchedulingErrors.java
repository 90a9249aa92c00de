package io.dirshare.ops;

import io.dirshare.core.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.util.ErrorHandler;

/**
 * How the background jobs (settling shares, activating directories, removing expired sessions) report a
 * failed run: while the database is away, one WARN line per run, without a stack trace, since every run
 * fails the same way until it is back and then the jobs carry on from the database; any other failure
 * with its stack trace, as before.
 */
@Component
class SchedulingErrors implements ThreadPoolTaskSchedulerCustomizer, ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(SchedulingErrors.class);

	@Override
	public void customize(ThreadPoolTaskScheduler scheduler) {
		scheduler.setErrorHandler(this);
	}

	@Override
	public void handleError(Throwable failure) {
		if (DatabaseFailures.isUnavailable(failure)) {
			log.warn("A background job could not run, the database is unavailable: {}",
					DatabaseFailures.rootMessage(failure));
		}
		else {
			log.error("A background job failed", failure);
		}
	}

}
