package io.dirshare.sharing;

/** What can happen to a share; {@link ShareStateMachine} decides where each leads from each status. */
public enum ShareEvent {

	/** The consumer accepts a handshake invitation. */
	ACCEPT,
	/** The consumer rejects a handshake invitation. */
	REJECT,
	/** The owner unshares (also done by dirshare when an ORGANIZATIONS consumer leaves the organization). */
	UNSHARE,
	/** The consumer deletes its shared directory. */
	CONSUMER_DELETE,
	/** The asynchronous work of a transient status finished. */
	SETTLE,
	/** The asynchronous work of a transient status could not be done. */
	FAIL,
	/** A HANDSHAKE invitation's time ran out unanswered (the organization's invitation expiry). */
	EXPIRE

}
