package io.dirshare.directories;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Turns {@code Creating} directories {@code Active} once their delay is over. Driven by the due time in
 * the database, so it survives restarts; each row is claimed with a compare-and-set update, so several
 * app instances on one database activate each directory once.
 */
@Component
public class DirectoryActivationJob {

	private static final int BATCH = 100;

	private final DirectoryRepository directories;

	private final Clock clock;

	DirectoryActivationJob(DirectoryRepository directories, Clock clock) {
		this.directories = directories;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dirshare.jobs.poll-interval-ms:500}", initialDelayString = "${dirshare.jobs.poll-interval-ms:500}")
	void poll() {
		activateDue(this.clock.instant());
	}

	/** @return how many directories this call activated */
	public int activateDue(java.time.Instant now) {
		int activated = 0;
		for (Directory directory : this.directories.dueToActivate(now, BATCH)) {
			if (this.directories.activate(directory)) {
				activated++;
			}
		}
		return activated;
	}

}
