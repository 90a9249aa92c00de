package io.dirshare.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer managed policy of one account. Its documents are its versions ({@link PolicyVersion}), one
 * of which is the default: the one in effect for the users it is attached to.
 */
@Table("iam_policy")
public record IamPolicy(@Id Long id, String policyId, String accountId, String policyName, String policyNameKey,
		String path, String description, String arn, String defaultVersionId, int nextVersionNumber,
		Instant createdAt, Instant updatedAt, @Version Long version) {

	public static final int MAX_NAME_LENGTH = 128;

	public static final int MAX_DESCRIPTION_LENGTH = 1000;

	/** IAM's policy name rule: 1 to 128 of letters, digits and {@code +=,.@_-}. */
	public static final String NAME_REGEX = "^[\\w+=,.@-]{1," + MAX_NAME_LENGTH + "}$";

	private static final Pattern NAME_PATTERN = Pattern.compile(NAME_REGEX);

	/** dirshare keeps every customer policy at the root path, as the console creates them. */
	public static final String PATH = "/";

	public static IamPolicy create(String accountId, String policyName, String description, Instant now) {
		return new IamPolicy(null, uniqueId(accountId, policyName, now), accountId, policyName, key(policyName), PATH,
				description, arn(accountId, policyName), PolicyVersion.id(1), 2, now, now, null);
	}

	public static String key(String policyName) {
		return policyName.toLowerCase(Locale.ROOT);
	}

	public static boolean isValidName(String policyName) {
		return policyName != null && NAME_PATTERN.matcher(policyName).matches();
	}

	public static String arn(String accountId, String policyName) {
		return "arn:aws:iam::" + accountId + ":policy" + PATH + policyName;
	}

	/** The next version's ID; IAM never reuses the ID of a deleted version. */
	public String nextVersionId() {
		return PolicyVersion.id(this.nextVersionNumber);
	}

	public IamPolicy withNewVersion(boolean asDefault, Instant now) {
		return new IamPolicy(this.id, this.policyId, this.accountId, this.policyName, this.policyNameKey, this.path,
				this.description, this.arn, asDefault ? nextVersionId() : this.defaultVersionId,
				this.nextVersionNumber + 1, this.createdAt, now, this.version);
	}

	public IamPolicy withDefaultVersion(String versionId, Instant now) {
		return new IamPolicy(this.id, this.policyId, this.accountId, this.policyName, this.policyNameKey, this.path,
				this.description, this.arn, versionId, this.nextVersionNumber, this.createdAt, now, this.version);
	}

	/**
	 * IAM's unique ID of a policy: {@code ANPA} and 17 upper-case letters and digits. Derived from the
	 * account, name and creation time, so a policy created again under the same name gets another ID.
	 */
	private static String uniqueId(String accountId, String policyName, Instant now) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		byte[] digest;
		try {
			digest = MessageDigest.getInstance("SHA-256")
				.digest((accountId + ":" + policyName + ":" + now.toEpochMilli() + ":" + System.nanoTime())
					.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		StringBuilder id = new StringBuilder("ANPA");
		for (int i = 0; i < 17; i++) {
			id.append(alphabet.charAt((digest[i] & 0xff) % alphabet.length()));
		}
		return id.toString();
	}

}
