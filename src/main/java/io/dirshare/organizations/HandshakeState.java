package io.dirshare.organizations;

/** The states of an AWS Organizations handshake, as the API names them. */
public enum HandshakeState {

	OPEN("Open"), ACCEPTED("Accepted"), DECLINED("Declined"), CANCELED("Canceled"), EXPIRED("Expired");

	private final String label;

	HandshakeState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
