package io.dirshare.sharing;

import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.web.NavigationBadge;

import org.springframework.stereotype.Component;

/**
 * The count beside "Directories shared with me": invitations waiting for the account in the selected
 * Region, the same Region the page lists.
 */
@Component
class SharedWithMeBadge implements NavigationBadge {

	static final String KEY = "sharedWithMe";

	private final ConsumerSharingService consumers;

	SharedWithMeBadge(ConsumerSharingService consumers) {
		this.consumers = consumers;
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public long count(Caller caller) {
		return caller.can(Action.DS_DESCRIBE_DIRECTORIES) ? this.consumers.pendingInvitations(caller, COUNTED_UP_TO) : 0;
	}

}
