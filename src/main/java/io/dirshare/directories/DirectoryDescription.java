package io.dirshare.directories;

import java.time.Instant;
import java.util.List;

/**
 * One row of the Directories list (AWS's {@code DirectoryDescription}): a directory the account owns, or
 * a shared directory in a consumer account ({@code type} SharedMicrosoftAD, with share fields and the
 * owner's description).
 */
public record DirectoryDescription(String directoryId, String dnsName, String shortName, String edition,
		String type, String stage, Instant launchTime, String description, List<String> dnsIpAddrs,
		String shareStatus, String shareMethod, String shareNotes, String ownerAccountId, String ownerDirectoryId) {

	public static final String SHARED_TYPE = "SharedMicrosoftAD";

	public boolean isShared() {
		return SHARED_TYPE.equals(this.type);
	}

}
