package io.dirshare.directories;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Turns {@code Creating} directories and domain controllers {@code Active} once their delay is over, and
 * removes {@code Deleting} domain controllers. Driven by the due time in
 * the database, so it survives restarts; each row is claimed with a compare-and-set update, so several
 * app instances on one database activate each directory once.
 */
@Component
public class DirectoryActivationJob {

	private static final int BATCH = 100;

	private final DirectoryRepository directories;

	private final DomainControllerRepository controllers;

	private final Clock clock;

	DirectoryActivationJob(DirectoryRepository directories, DomainControllerRepository controllers, Clock clock) {
		this.directories = directories;
		this.controllers = controllers;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dirshare.jobs.poll-interval-ms:500}", initialDelayString = "${dirshare.jobs.poll-interval-ms:500}")
	void poll() {
		activateDue(this.clock.instant());
	}

	/**
	 * Activates the directories whose delay is over, and settles their domain controllers (Creating ones
	 * become Active, Deleting ones go).
	 *
	 * @return how many directories this call activated
	 */
	public int activateDue(Instant now) {
		int activated = 0;
		for (Directory directory : this.directories.dueToActivate(now, BATCH)) {
			if (this.directories.activate(directory, this.clock.instant())) {
				activated++;
			}
		}
		this.controllers.settleDue(now, this.clock.instant());
		return activated;
	}

	/**
	 * Activates every {@code Creating} directory and settles every domain controller now, however long
	 * their delay was meant to last: the controls for test suites' "settle now".
	 *
	 * @return how many directories this call activated
	 */
	public int activateAllNow() {
		int activated = 0;
		List<Directory> creating;
		do {
			creating = this.directories.creating(BATCH);
			int activatedInBatch = 0;
			for (Directory directory : creating) {
				if (this.directories.activate(directory, this.clock.instant())) {
					activatedInBatch++;
				}
			}
			activated += activatedInBatch;
			if (activatedInBatch == 0) {
				break;
			}
		}
		while (creating.size() == BATCH);
		this.controllers.settleAll(this.clock.instant());
		return activated;
	}

}
