package io.dirshare.identity;

import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An IAM access key of one user: the ID is public, the secret is kept only encrypted
 * ({@link AccessKeySecretCipher}) because SigV4 verification needs it in clear.
 */
@Table("access_key")
public record AccessKey(@Id String accessKeyId, String accountId, Long userId, String secretCiphertext,
		Status status, Instant createdAt, Instant lastUsedAt, String lastUsedRegion, String lastUsedService,
		@Version Long version) {

	/** IAM's limit of access keys per user. */
	public static final int MAX_PER_USER = 2;

	public static final Pattern ID_PATTERN = Pattern.compile("^AKIA[A-Z0-9]{16}$");

	/** The names IAM uses for a key's status. */
	public enum Status {

		Active, Inactive

	}

	public static AccessKey create(String accessKeyId, String accountId, long userId, String secretCiphertext,
			Instant now) {
		return new AccessKey(accessKeyId, accountId, userId, secretCiphertext, Status.Active, now, null, null, null,
				null);
	}

	public boolean isActive() {
		return this.status == Status.Active;
	}

	public AccessKey withStatus(Status newStatus) {
		return new AccessKey(this.accessKeyId, this.accountId, this.userId, this.secretCiphertext, newStatus,
				this.createdAt, this.lastUsedAt, this.lastUsedRegion, this.lastUsedService, this.version);
	}

	@Override
	public String toString() {
		// Never the ciphertext: keeps even the encrypted secret out of logs.
		return "AccessKey[" + this.accessKeyId + ", " + this.status + "]";
	}

}
