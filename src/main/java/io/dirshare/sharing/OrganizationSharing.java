package io.dirshare.sharing;

import java.util.List;
import java.util.Optional;

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

	static final String TRUSTED_ACCESS_OFF = "Trusted access for AWS Directory Service (ds.amazonaws.com) is off in your organization.";

	/**
	 * Why adding an account of the organization can only lead to a refused share: trusted access is
	 * off and the caller may not enable it.
	 */
	public Optional<String> refusalBeforeAdding() {
		if (!this.available) {
			return Optional.ofNullable(this.unavailableReason);
		}
		if (!this.trustedAccessEnabled && !this.canEnableTrustedAccess) {
			return Optional.of(TRUSTED_ACCESS_OFF + " Ask an administrator who may enable it "
					+ "(organizations:EnableAWSServiceAccess), or share with other AWS accounts instead.");
		}
		return Optional.empty();
	}

	/**
	 * Why sharing inside the organization now can only be refused: trusted access is off and will not
	 * be enabled as part of sharing.
	 */
	public Optional<String> refusalBeforeSharing(boolean enableTrustedAccess) {
		Optional<String> refusal = refusalBeforeAdding();
		if (refusal.isPresent() || this.trustedAccessEnabled || enableTrustedAccess) {
			return refusal;
		}
		return Optional.of(TRUSTED_ACCESS_OFF + " Tick \u201cEnable trusted access for AWS Directory Service as part of "
				+ "sharing\u201d, or share with other AWS accounts instead.");
	}

	/** An account of the organization the directory can be shared with. */
	public record Member(String id, String name) {
	}

}
