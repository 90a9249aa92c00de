package io.dirshare.sharing.requests;

import io.dirshare.core.Caller;
import io.dirshare.web.NavigationBadge;

import org.springframework.stereotype.Component;

/** The count beside "Access requests": open requests to the account in the selected Region. */
@Component
class AccessRequestsBadge implements NavigationBadge {

	static final String KEY = "accessRequests";

	private final AccessRequests requests;

	AccessRequestsBadge(AccessRequests requests) {
		this.requests = requests;
	}

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public long count(Caller caller) {
		return this.requests.openCount(caller);
	}

}
