package io.dirshare.organizations;

/** What a handshake asks for, as the Organizations API names it. */
public enum HandshakeAction {

	/** An invitation to join the organization, sent to an account. */
	INVITE("invite", "Invitation to join the organization"),
	/** The management account's request to switch to all features; completes when every approval is in. */
	ENABLE_ALL_FEATURES("all_features", "Request to enable all features"),
	/** An invited member's approval of an {@link #ENABLE_ALL_FEATURES} request. */
	APPROVE_ALL_FEATURES("all_features", "Approve enabling all features");

	private final String arnSegment;

	private final String label;

	HandshakeAction(String arnSegment, String label) {
		this.arnSegment = arnSegment;
		this.label = label;
	}

	String arnSegment() {
		return this.arnSegment;
	}

	public String label() {
		return this.label;
	}

}
