package io.dirshare.sharing;

import java.util.List;

/**
 * What sharing one directory with several accounts did ({@link ShareWithAccounts}): each account's
 * outcome, and whether trusted access was enabled first when that was asked for.
 *
 * @param method how the directory was shared
 * @param trustedAccess the "enable trusted access as part of sharing" step
 * @param outcomes one per account, in the order the accounts were given
 */
public record ShareOutcomes(ShareMethod method, TrustedAccessStep trustedAccess, List<Outcome> outcomes) {

	public long succeeded() {
		return this.outcomes.stream().filter(Outcome::succeeded).count();
	}

	/** One account's share: its new shared directory, or the refusal's error code and message. */
	public record Outcome(String accountId, String sharedDirectoryId, String errorCode, String message) {

		public boolean succeeded() {
			return this.errorCode == null;
		}

	}

	/**
	 * Enabling trusted access before ORGANIZATIONS shares.
	 *
	 * @param asked whether the caller asked for it
	 * @param refusal why it was not enabled, or {@code null}
	 */
	public record TrustedAccessStep(boolean asked, String refusal) {

		static final TrustedAccessStep NOT_ASKED = new TrustedAccessStep(false, null);

		public boolean enabled() {
			return this.asked && this.refusal == null;
		}

	}

}
