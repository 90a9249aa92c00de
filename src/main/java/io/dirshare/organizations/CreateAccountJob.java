package io.dirshare.organizations;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes CreateAccount requests whose delay is over, each in its own transaction; driven by the due
 * time in the database, so requests complete after a restart and once with several instances.
 */
@Component
@EnableConfigurationProperties(OrganizationsProperties.class)
public class CreateAccountJob {

	private static final int BATCH = 50;

	private final MemberAccountService accounts;

	private final Clock clock;

	CreateAccountJob(MemberAccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dirshare.jobs.poll-interval-ms:500}", initialDelayString = "${dirshare.jobs.poll-interval-ms:500}")
	void poll() {
		completeDue();
	}

	/** @return how many requests were due */
	public int completeDue() {
		var due = this.accounts.dueAccountCreations(this.clock.instant(), BATCH);
		due.forEach(this.accounts::completeAccountCreation);
		return due.size();
	}

	/**
	 * Completes every CreateAccount request in progress now, however long its delay was meant to last:
	 * the controls for test suites' "settle now".
	 *
	 * @return how many requests were in progress
	 */
	public int completeAllNow() {
		int completed = 0;
		List<String> inProgress;
		do {
			inProgress = this.accounts.accountCreationsInProgress(BATCH);
			inProgress.forEach(this.accounts::completeAccountCreation);
			completed += inProgress.size();
		}
		while (inProgress.size() == BATCH);
		return completed;
	}

}
