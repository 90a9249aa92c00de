package io.dirshare.identity;

import java.util.List;

/**
 * One policy with the document in effect (its default version's), its versions (customer managed
 * policies only; an AWS managed policy shows only its default) and the account's users it is attached to.
 */
public record PolicyDetail(PolicySummary summary, String policyId, String defaultDocument, List<PolicyVersion> versions,
		List<String> attachedUserNames) {

	public boolean canAddVersion() {
		return this.versions.size() < PolicyVersion.MAX_PER_POLICY;
	}

}
