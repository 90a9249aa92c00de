package io.dirshare.directories;

import java.util.Optional;

import io.dirshare.core.AwsRegion;

import org.springframework.stereotype.Component;

/**
 * What other modules may ask of an account's own directories: find one, lock its row (so changes of
 * its shares queue up behind each other), whether it runs in a Region, and a fresh directory ID (a
 * consumer's shared directory takes one from the same space). No rules here; the directory's rules are
 * {@link DirectoryService}'s.
 */
@Component
public class OwnedDirectories {

	private final DirectoryRepository directories;

	OwnedDirectories(DirectoryRepository directories) {
		this.directories = directories;
	}

	public Optional<Directory> find(String accountId, String directoryId) {
		return this.directories.find(accountId, directoryId);
	}

	/** Finds the directory and locks its row until the transaction ends. */
	public Optional<Directory> lock(String accountId, String directoryId) {
		return this.directories.lock(accountId, directoryId);
	}

	public boolean runsIn(String directoryId, AwsRegion region) {
		return this.directories.runsIn(directoryId, region);
	}

	/** A {@code d-} ID that neither a directory nor a shared directory has. */
	public String newDirectoryId() {
		return this.directories.newDirectoryId();
	}

}
