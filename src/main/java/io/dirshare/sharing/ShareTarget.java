package io.dirshare.sharing;

/** AWS's {@code ShareTarget} / {@code UnshareTarget}: an account ID and the type {@code ACCOUNT}. */
public record ShareTarget(String id, String type) {

	public static ShareTarget account(String accountId) {
		return new ShareTarget(accountId, Share.TARGET_TYPE_ACCOUNT);
	}

}
