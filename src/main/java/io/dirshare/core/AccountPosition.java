package io.dirshare.core;

/** Where an account stands towards an organization; decides its Spring Security role. */
public enum AccountPosition {

	MANAGEMENT("Management account", "ROLE_MANAGEMENT_ACCOUNT"),
	MEMBER("Member account", "ROLE_MEMBER_ACCOUNT"),
	STANDALONE("Standalone account", "ROLE_STANDALONE_ACCOUNT");

	private final String label;

	private final String role;

	AccountPosition(String label, String role) {
		this.label = label;
		this.role = role;
	}

	/** The badge shown in the header. */
	public String label() {
		return this.label;
	}

	public String role() {
		return this.role;
	}

}
