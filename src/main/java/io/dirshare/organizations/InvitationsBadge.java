package io.dirshare.organizations;

import io.dirshare.core.Caller;
import io.dirshare.web.NavigationBadge;

import org.springframework.stereotype.Component;

/** The count beside "Invitations": open invitations and approval requests addressed to the account. */
@Component
class InvitationsBadge implements NavigationBadge {

	static final String KEY = "invitations";

	private final HandshakeService handshakes;

	InvitationsBadge(HandshakeService handshakes) {
		this.handshakes = handshakes;
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public long count(Caller caller) {
		return this.handshakes.openInvitationCount(caller);
	}

}
