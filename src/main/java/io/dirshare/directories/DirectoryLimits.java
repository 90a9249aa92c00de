package io.dirshare.directories;

/**
 * AWS's GetDirectoryLimits for the caller's Region: Managed Microsoft AD directories against the
 * configured quota. dirshare has no Simple AD and no AD Connector, so those counts are always 0
 * against AWS's default quotas.
 */
public record DirectoryLimits(int cloudOnlyDirectoriesLimit, int cloudOnlyDirectoriesCurrentCount,
		int cloudOnlyMicrosoftAdLimit, int cloudOnlyMicrosoftAdCurrentCount, int connectedDirectoriesLimit,
		int connectedDirectoriesCurrentCount) {

	/** AWS's default quotas of Simple AD directories and AD Connectors per Region. */
	public static final int SIMPLE_AD_DEFAULT_LIMIT = 10;

	public static final int CONNECTED_DEFAULT_LIMIT = 10;

}
