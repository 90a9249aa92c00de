package io.dirshare.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import io.dirshare.core.Caller;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An IAM user of one account, signing in with account + user name + password. What it may do comes from
 * the policies attached to it ({@link UserPolicyAttachments}).
 */
@Table("iam_user")
public record IamUser(@Id Long id, String accountId, String userName, String userNameKey, String passwordHash,
		Instant createdAt, Instant passwordChangedAt, @Version Long version) {

	public static final int MAX_USER_NAME_LENGTH = 64;

	/** IAM's user name rule: 1 to 64 of letters, digits and {@code +=,.@_-}. */
	public static final String USER_NAME_REGEX = "^[\\w+=,.@-]{1," + MAX_USER_NAME_LENGTH + "}$";

	public static final Pattern USER_NAME_PATTERN = Pattern.compile(USER_NAME_REGEX);

	public static IamUser create(String accountId, String userName, String passwordHash, Instant now) {
		return new IamUser(null, accountId, userName, key(userName), passwordHash, now, now, null);
	}

	public static String key(String userName) {
		return userName.toLowerCase(Locale.ROOT);
	}

	public static boolean isValidUserName(String userName) {
		return userName != null && USER_NAME_PATTERN.matcher(userName).matches();
	}

	public String arn() {
		return arn(this.accountId, this.userName);
	}

	public static String arn(String accountId, String userName) {
		return Caller.userArn(accountId, userName);
	}

	/**
	 * IAM's unique ID of the user, as GetCallerIdentity's {@code UserId} reports it: {@code AIDA} and 17
	 * upper-case letters and digits, derived from the user's row so it stays the same for its life.
	 */
	public String uniqueId() {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		byte[] digest;
		try {
			digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest((this.accountId + ":" + this.id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		StringBuilder id = new StringBuilder("AIDA");
		for (int i = 0; i < 17; i++) {
			id.append(alphabet.charAt((digest[i] & 0xff) % alphabet.length()));
		}
		return id.toString();
	}

	public IamUser withPasswordHash(String newHash, Instant now) {
		return new IamUser(this.id, this.accountId, this.userName, this.userNameKey, newHash, this.createdAt, now,
				this.version);
	}

}
