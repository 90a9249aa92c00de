package io.dirshare.directories;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;

/** An AWS Managed Microsoft AD directory in its owner's account. */
public record Directory(String id, String accountId, String dnsName, String shortName, Edition edition,
		String description, DirectoryStage stage, AwsRegion primaryRegion, List<String> dnsIpAddrs,
		Instant launchTime, long version) {

	public static final String TYPE = "MicrosoftAD";

	public static final String ID_PATTERN = "^d-[0-9a-f]{10}$";

	private static final Pattern ID = Pattern.compile(ID_PATTERN);

	/** AWS: at most 5 Regions in all, the primary one included. */
	public static final int MAX_REGIONS = 5;

	public boolean isActive() {
		return this.stage == DirectoryStage.Active;
	}

	/** Refuses a string that cannot be a directory ID, before anything is looked up. */
	public static void requireId(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw DirectoryServiceError.INVALID_PARAMETER
				.exception("'" + Echo.of(id) + "' is not a directory ID: directory IDs are d- and 10 hexadecimal digits.");
		}
	}

}
