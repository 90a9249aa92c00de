package io.dirshare.organizations;

import java.util.List;

/** An "Enable all features" request and the approvals of the invited members it waits for. */
public record AllFeaturesProgress(HandshakeSummary request, List<HandshakeSummary> approvals) {

	public long approvedCount() {
		return this.approvals.stream().filter((approval) -> approval.state() == HandshakeState.ACCEPTED).count();
	}

}
