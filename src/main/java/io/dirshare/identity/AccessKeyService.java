package io.dirshare.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.Echo;
import io.dirshare.core.IamError;
import io.dirshare.core.Ids;
import io.dirshare.core.Reads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IAM access keys of an account's users: at most {@value AccessKey#MAX_PER_USER} per user, the
 * secret handed out once at creation and kept only encrypted. Also answers the AWS API's question
 * "which user signs with this key, and with which secret".
 */
@Service
@Transactional
public class AccessKeyService {

	/** What AWS's secret access keys are made of. */
	private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	private static final int SECRET_LENGTH = 40;

	/** A key just made; the only time its secret leaves the service. */
	public record NewAccessKey(AccessKey key, String userName, String secretAccessKey) {

		@Override
		public String toString() {
			return "NewAccessKey[" + this.key.accessKeyId() + "]";
		}

	}

	/** What the AWS API needs to verify a signature and to build the caller. */
	public record SigningKey(AccessKey key, IamUser user, AccountPosition position, String secretAccessKey) {

		@Override
		public String toString() {
			return "SigningKey[" + this.key.accessKeyId() + "]";
		}

	}

	/** The most keys whose decrypted secret is kept; beyond that the cache starts again. */
	private static final int MAX_CACHED_SECRETS = 10_000;

	/** A decrypted secret, valid while the key's row holds this very ciphertext. */
	private record DecryptedSecret(String ciphertext, String secret) {

	}

	private final AccessKeyRepository keys;

	private final IamUserRepository users;

	private final SigningKeyQuery signingKeys;

	private final AccessKeyLastUses lastUses;

	private final AccessKeySecretCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<String, DecryptedSecret> secrets = new ConcurrentHashMap<>();

	AccessKeyService(AccessKeyRepository keys, IamUserRepository users, SigningKeyQuery signingKeys,
			AccessKeyLastUses lastUses, AccessKeySecretCipher cipher, AuditTrail audit, Clock clock) {
		this.keys = keys;
		this.users = users;
		this.signingKeys = signingKeys;
		this.lastUses = lastUses;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Reads
	public List<AccessKey> list(Caller caller, String userName) {
		caller.require(Action.IAM_LIST_ACCESS_KEYS);
		this.lastUses.flush();
		return this.keys.findByUserIdOrderByCreatedAt(user(caller, userName).id());
	}

	/**
	 * Writes this instance's pending last uses of keys now, so that a copy of the database taken next
	 * (the controls for test suites' export) holds them.
	 */
	public void writePendingLastUses() {
		this.lastUses.flush();
	}

	/**
	 * Drops this instance's pending last uses unwritten, once the database was replaced (reset or
	 * import): they belong to keys of the state that is gone.
	 */
	public void forgetPendingLastUses() {
		this.lastUses.forget();
	}

	public NewAccessKey create(Caller caller, String userName) {
		String summary = "userName=" + userName;
		NewAccessKey created;
		try {
			created = createKey(caller, userName);
		}
		catch (AwsException refused) {
			this.audit.recordFailure(caller, Action.IAM_CREATE_ACCESS_KEY.iamName(), refused, summary);
			throw refused;
		}
		// Recorded after the fact so the event names the new key's ID (never its secret).
		this.audit.recordSuccess(caller, Action.IAM_CREATE_ACCESS_KEY.iamName(),
				summary + ", accessKeyId=" + created.key().accessKeyId());
		return created;
	}

	private NewAccessKey createKey(Caller caller, String userName) {
		caller.require(Action.IAM_CREATE_ACCESS_KEY);
		IamUser user = user(caller, userName);
		this.keys.lockUser(user.id());
		if (this.keys.countByUserId(user.id()) >= AccessKey.MAX_PER_USER) {
			throw IamError.LIMIT_EXCEEDED.exception("Cannot exceed quota for AccessKeysPerUser: " + AccessKey.MAX_PER_USER);
		}
		String accessKeyId;
		do {
			accessKeyId = Ids.accessKeyId();
		}
		while (this.keys.existsById(accessKeyId));
		String secret = Ids.random(SECRET_ALPHABET, SECRET_LENGTH);
		AccessKey key = this.keys.save(AccessKey.create(accessKeyId, user.accountId(), user.id(),
				this.cipher.encrypt(accessKeyId, secret), this.clock.instant()));
		return new NewAccessKey(key, user.userName(), secret);
	}

	public AccessKey updateStatus(Caller caller, String userName, String accessKeyId, AccessKey.Status status) {
		return this.audit.authorizedChange(caller, Action.IAM_UPDATE_ACCESS_KEY,
				"userName=" + userName + ", accessKeyId=" + accessKeyId + ", status=" + status, () -> {
					if (status == null) {
						throw IamError.VALIDATION_ERROR.exception("Choose Active or Inactive.");
					}
					AccessKey key = key(caller, userName, accessKeyId);
					return (key.status() == status) ? key : this.keys.save(key.withStatus(status));
				});
	}

	public void delete(Caller caller, String userName, String accessKeyId) {
		this.audit.authorizedChange(caller, Action.IAM_DELETE_ACCESS_KEY,
				"userName=" + userName + ", accessKeyId=" + accessKeyId, () -> {
					this.keys.delete(key(caller, userName, accessKeyId));
					return null;
				});
	}

	/** Gives a demo user a key with a fixed, documented ID and secret (README: demo keys). */
	public AccessKey createDemoKey(String accountId, String userName, String accessKeyId, String secret) {
		IamUser user = this.users.findByAccountIdAndUserNameKey(accountId, IamUser.key(userName))
			.orElseThrow(() -> new IllegalStateException("No demo user " + accountId + "/" + userName));
		return this.keys.save(AccessKey.create(accessKeyId, accountId, user.id(),
				this.cipher.encrypt(accessKeyId, secret), this.clock.instant()));
	}

	/**
	 * The key, its user, the position of its account and its secret, for verifying a request signed with
	 * it; empty when no such key or user exists. Inactive keys are returned too: the caller decides how to
	 * refuse them. One statement reads the key's row afresh every time; only the decryption of a secret is
	 * remembered, for as long as the row holds the same ciphertext.
	 */
	@Reads
	public Optional<SigningKey> signingKey(String accessKeyId) {
		if (accessKeyId == null || !AccessKey.ID_PATTERN.matcher(accessKeyId).matches()) {
			return Optional.empty();
		}
		return this.signingKeys.find(accessKeyId)
			.map((found) -> new SigningKey(found.key(), found.user(), found.position(), secretOf(found.key())));
	}

	private String secretOf(AccessKey key) {
		DecryptedSecret cached = this.secrets.get(key.accessKeyId());
		if (cached != null && cached.ciphertext().equals(key.secretCiphertext())) {
			return cached.secret();
		}
		String secret = this.cipher.decrypt(key.accessKeyId(), key.secretCiphertext());
		if (this.secrets.size() >= MAX_CACHED_SECRETS) {
			this.secrets.clear();
		}
		this.secrets.put(key.accessKeyId(), new DecryptedSecret(key.secretCiphertext(), secret));
		return secret;
	}

	/**
	 * Records the key's last use, a refused API call's too. Written in the background within a second
	 * ({@link AccessKeyLastUses}); {@link #list} shows this instance's uses at once.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void recordUse(String accessKeyId, String region, String service) {
		this.lastUses.record(accessKeyId, this.clock.instant(), region, service);
	}

	private IamUser user(Caller caller, String userName) {
		String name = (userName != null) ? userName.trim() : "";
		return this.users.findByAccountIdAndUserNameKey(caller.accountId(), IamUser.key(name))
			.orElseThrow(() -> IamError.NO_SUCH_ENTITY.exception("The user with name " + Echo.of(userName) + " cannot be found."));
	}

	private AccessKey key(Caller caller, String userName, String accessKeyId) {
		IamUser user = user(caller, userName);
		return Optional.ofNullable(accessKeyId)
			.flatMap(this.keys::findById)
			.filter((key) -> key.userId().equals(user.id()) && key.accountId().equals(caller.accountId()))
			.orElseThrow(() -> IamError.NO_SUCH_ENTITY.exception("The Access Key with id " + Echo.of(accessKeyId) + " cannot be found."));
	}

}
