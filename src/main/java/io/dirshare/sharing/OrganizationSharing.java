package io.dirshare.sharing;

import java.util.List;

/**
 * What the share wizard offers for "Share this directory with AWS accounts inside your organization".
 *
 * @param available whether the method can be offered at all (management account, all features)
 * @param unavailableReason why not, when it is not
 * @param trustedAccessEnabled whether trusted access for ds.amazonaws.com is on
 * @param canEnableTrustedAccess whether the caller may turn it on as part of sharing
 * @param accounts the organization's other accounts
 */
public record OrganizationSharing(boolean available, String unavailableReason, boolean trustedAccessEnabled,
		boolean canEnableTrustedAccess, List<Member> accounts) {

	/** An account of the organization the directory can be shared with. */
	public record Member(String id, String name) {
	}

}
