package io.dirshare.core.policy;

/** A statement's Effect. */
public enum Effect {

	ALLOW("Allow"), DENY("Deny");

	private final String awsName;

	Effect(String awsName) {
		this.awsName = awsName;
	}

	public String awsName() {
		return this.awsName;
	}

}
