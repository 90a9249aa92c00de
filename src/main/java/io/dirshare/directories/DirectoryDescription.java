package io.dirshare.directories;

import java.time.Instant;
import java.util.List;

/**
 * One row of the Directories list (AWS's {@code DirectoryDescription}): a directory the account owns, or
 * a shared directory in a consumer account ({@code type} SharedMicrosoftAD, with share fields and the
 * owner's description). {@code details} holds what DescribeDirectories adds; the portal's lists leave it
 * out.
 */
public record DirectoryDescription(String directoryId, String dnsName, String shortName, String edition,
		String type, String stage, Instant launchTime, String description, List<String> dnsIpAddrs,
		String shareStatus, String shareMethod, String shareNotes, String ownerAccountId, String ownerDirectoryId,
		DirectoryDetails details) {

	public static final String SHARED_TYPE = "SharedMicrosoftAD";

	public DirectoryDescription(String directoryId, String dnsName, String shortName, String edition, String type,
			String stage, Instant launchTime, String description, List<String> dnsIpAddrs, String shareStatus,
			String shareMethod, String shareNotes, String ownerAccountId, String ownerDirectoryId) {
		this(directoryId, dnsName, shortName, edition, type, stage, launchTime, description, dnsIpAddrs, shareStatus,
				shareMethod, shareNotes, ownerAccountId, ownerDirectoryId, null);
	}

	public boolean isShared() {
		return SHARED_TYPE.equals(this.type);
	}

	public DirectoryDescription withDetails(DirectoryDetails newDetails) {
		return new DirectoryDescription(this.directoryId, this.dnsName, this.shortName, this.edition, this.type,
				this.stage, this.launchTime, this.description, this.dnsIpAddrs, this.shareStatus, this.shareMethod,
				this.shareNotes, this.ownerAccountId, this.ownerDirectoryId, newDetails);
	}

}
