package io.dirshare.sharing;

/** AWS's {@code ShareMethod}: within the organization without acceptance, or by invitation with a note. */
public enum ShareMethod {

	ORGANIZATIONS, HANDSHAKE

}
