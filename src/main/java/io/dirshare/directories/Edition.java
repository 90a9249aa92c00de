package io.dirshare.directories;

/** AWS Managed Microsoft AD editions; the names are the wire values. */
public enum Edition {

	Standard, Enterprise;

	/** Multi-Region replication is an Enterprise feature. */
	public boolean supportsMultiRegion() {
		return this == Enterprise;
	}

}
