package io.dirshare.directories;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * How long a new directory or domain controller stays {@code Creating} (and a removed domain controller
 * {@code Deleting}) on this instance: {@code dirshare.directories.creation-delay}, until the controls for
 * test suites set another. Kept in memory, so each instance has its own and a restart goes back to the
 * property.
 */
@Component
public class DirectoryDelays {

	private final Duration configured;

	private final AtomicReference<Duration> creation;

	DirectoryDelays(DirectoryProperties properties) {
		this.configured = properties.creationDelay();
		this.creation = new AtomicReference<>(this.configured);
	}

	public Duration creation() {
		return this.creation.get();
	}

	public void setCreation(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("A delay cannot be negative");
		}
		this.creation.set(delay);
	}

	/** Back to {@code dirshare.directories.creation-delay}. */
	public void reset() {
		this.creation.set(this.configured);
	}

}
