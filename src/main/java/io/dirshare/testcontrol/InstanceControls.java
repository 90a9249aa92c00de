package io.dirshare.testcontrol;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.dirshare.core.MovableClock;
import io.dirshare.directories.DirectoryActivationJob;
import io.dirshare.directories.DirectoryDelays;
import io.dirshare.organizations.CreateAccountJob;
import io.dirshare.sharing.ShareDelays;
import io.dirshare.sharing.ShareFailures;
import io.dirshare.sharing.ShareSettler;
import io.dirshare.sharing.ShareStatus;

import org.springframework.stereotype.Component;

/**
 * What the controls change in this instance's memory (its clock, delays and injected failures), and
 * "settle now", which runs every settle job at once. None of it is shared with other instances.
 */
@Component
class InstanceControls {

	private final MovableClock clock;

	private final DirectoryDelays directoryDelays;

	private final ShareDelays shareDelays;

	private final ShareFailures failures;

	private final DirectoryActivationJob directories;

	private final ShareSettler shares;

	private final CreateAccountJob accountCreations;

	InstanceControls(MovableClock clock, DirectoryDelays directoryDelays, ShareDelays shareDelays,
			ShareFailures failures, DirectoryActivationJob directories, ShareSettler shares,
			CreateAccountJob accountCreations) {
		this.clock = clock;
		this.directoryDelays = directoryDelays;
		this.shareDelays = shareDelays;
		this.failures = failures;
		this.directories = directories;
		this.shares = shares;
		this.accountCreations = accountCreations;
	}

	/** Clock, delays and failures back to how the instance started. */
	void reset() {
		this.clock.reset();
		this.directoryDelays.reset();
		this.shareDelays.reset();
		this.failures.reset();
	}

	/** Directories first, so shares of a directory that just became Active settle in the same call. */
	Map<String, Object> settleNow() {
		Map<String, Object> settled = new LinkedHashMap<>();
		settled.put("directories", this.directories.activateAllNow());
		settled.put("accountCreations", this.accountCreations.completeAllNow());
		settled.put("shares", this.shares.settleAllNow());
		return settled;
	}

	Map<String, Object> clock() {
		Map<String, Object> clock = new LinkedHashMap<>();
		clock.put("now", this.clock.instant().toString());
		clock.put("offset", this.clock.offset().toString());
		return clock;
	}

	Map<String, Object> advanceClock(Duration by) {
		this.clock.advance(by);
		return clock();
	}

	Map<String, Object> resetClock() {
		this.clock.reset();
		return clock();
	}

	Map<String, Object> delays() {
		Map<String, Object> delays = new LinkedHashMap<>();
		delays.put("creating", this.directoryDelays.creation().toString());
		delays.put("sharing", this.shareDelays.of(ShareStatus.Sharing).toString());
		delays.put("rejecting", this.shareDelays.of(ShareStatus.Rejecting).toString());
		delays.put("deleting", this.shareDelays.of(ShareStatus.Deleting).toString());
		return delays;
	}

	/** Sets the delays given (null: unchanged), all or none. */
	Map<String, Object> setDelays(Duration creating, Duration sharing, Duration rejecting, Duration deleting) {
		for (Duration delay : new Duration[] { creating, sharing, rejecting, deleting }) {
			if (delay != null && delay.isNegative()) {
				throw new TestControlException("InvalidDelay", "A delay cannot be negative.");
			}
		}
		if (creating != null) {
			this.directoryDelays.setCreation(creating);
		}
		if (sharing != null) {
			this.shareDelays.set(ShareStatus.Sharing, sharing);
		}
		if (rejecting != null) {
			this.shareDelays.set(ShareStatus.Rejecting, rejecting);
		}
		if (deleting != null) {
			this.shareDelays.set(ShareStatus.Deleting, deleting);
		}
		return delays();
	}

	Map<String, Object> failures() {
		Map<String, Object> failures = new LinkedHashMap<>();
		failures.put("shares", count(this.failures.shares()));
		failures.put("rejections", count(this.failures.rejections()));
		return failures;
	}

	/** Sets the failures given (null: unchanged); {@link ShareFailures#ALL} for every one. */
	Map<String, Object> setFailures(Integer shares, Integer rejections) {
		this.failures.set((shares != null) ? shares : this.failures.shares(),
				(rejections != null) ? rejections : this.failures.rejections());
		return failures();
	}

	private static Object count(int failures) {
		return (failures == ShareFailures.ALL) ? "all" : failures;
	}

}
