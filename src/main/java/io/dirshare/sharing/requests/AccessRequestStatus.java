package io.dirshare.sharing.requests;

/** Where an access request stands; {@link #EXPIRED} is never stored, it is an open request past its time. */
public enum AccessRequestStatus {

	OPEN("Pending", "status-pending"), APPROVED("Approved", "status-ok"), DENIED("Denied", "status-bad"),
	EXPIRED("Expired", "status-muted");

	private final String label;

	private final String style;

	AccessRequestStatus(String label, String style) {
		this.label = label;
		this.style = style;
	}

	/** The word the pages show. */
	public String label() {
		return this.label;
	}

	public String style() {
		return this.style;
	}

}
