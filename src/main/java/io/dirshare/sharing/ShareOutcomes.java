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

	public long failed() {
		return this.outcomes.size() - succeeded();
	}

	/** One account's share: its new shared directory, or the refusal's error code and message. */
	public record Outcome(String accountId, String sharedDirectoryId, String errorCode, String message) {

		public boolean succeeded() {
			return this.errorCode == null;
		}

		/**
		 * Why the share failed and what fixes it, in one sentence for the admin; the AWS error code and
		 * message stay as the details. {@code null} when the share was created.
		 */
		public String reason() {
			if (succeeded()) {
				return null;
			}
			String message = (this.message != null) ? this.message : this.errorCode;
			return switch (this.errorCode) {
				case "OrganizationsException" -> message.startsWith("Trusted access")
						? "Trusted access for AWS Directory Service is off in your organization \u2014 enable it (tick "
								+ "\u201cEnable trusted access\u201d when you share, or ask an administrator who may), "
								+ "or share with other AWS accounts instead."
						: message + " \u2014 share with other AWS accounts instead.";
				case "DirectoryAlreadySharedException" -> "This account already has a live share of the directory "
						+ "in this Region \u2014 nothing to do; to share it again, unshare it first.";
				case "ShareLimitExceededException" -> message
						+ " \u2014 unshare accounts that no longer need it, or use an Enterprise Edition directory.";
				case "InvalidTargetException" -> message + " \u2014 check the AWS account ID.";
				case "EntityDoesNotExistException" -> message
						+ " \u2014 switch the Region to one where the directory runs.";
				default -> message;
			};
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
