package io.dirshare.directories;

import java.util.Map;

/**
 * What CreateMicrosoftAD and the "Set up directory" form ask for. The admin password is only checked,
 * never stored. Without VPC settings (the portal does not ask) the directory goes into the account's
 * default VPC of the Region; the tags go to the directory in its primary Region. The network type is
 * {@value #IPV4} or none.
 */
public record NewDirectory(String name, String shortName, String password, String description, String edition,
		VpcSettings vpc, Map<String, String> tags, String networkType) {

	/** The only network type dirshare's directories have. */
	public static final String IPV4 = "IPv4";

	public NewDirectory {
		tags = (tags != null) ? Map.copyOf(tags) : Map.of();
	}

	public NewDirectory(String name, String shortName, String password, String description, String edition) {
		this(name, shortName, password, description, edition, null, Map.of(), null);
	}

	@Override
	public String toString() {
		return "NewDirectory[name=" + this.name + ", shortName=" + this.shortName + ", edition=" + this.edition + "]";
	}

}
