package io.dirshare.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts access key secrets at rest with AES-GCM. SigV4 needs the secret itself to verify a
 * signature, so it cannot be hashed like a password; a database copy alone must still not reveal it.
 * The key ID is the associated data, so a ciphertext copied onto another key's row does not decrypt.
 * <p>
 * The key is {@code dirshare.api.secret-encryption-key} (Base64 of 16, 24 or 32 bytes). Without it,
 * a random key is generated once into {@code dirshare.api.secret-encryption-key-file} (default
 * {@code ./data/api-secret-encryption.key}, beside the embedded database) and read from there
 * afterwards: every installation gets its own key with no setup, and deleting {@code ./data} resets
 * both together. A constant default key would let anyone holding a database copy decrypt the secrets.
 */
@Component
public class AccessKeySecretCipher {

	private static final Logger log = LoggerFactory.getLogger(AccessKeySecretCipher.class);

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final String configuredKey;

	private final Path keyFile;

	private volatile SecretKey key;

	AccessKeySecretCipher(@Value("${dirshare.api.secret-encryption-key:}") String configuredKey,
			@Value("${dirshare.api.secret-encryption-key-file:./data/api-secret-encryption.key}") String keyFile) {
		this.configuredKey = configuredKey.trim();
		this.keyFile = Path.of(keyFile);
	}

	/** Whether the key comes from configuration; otherwise from the generated key file, local to this machine. */
	boolean isKeyConfigured() {
		return !this.configuredKey.isEmpty();
	}

	Path keyFile() {
		return this.keyFile.toAbsolutePath().normalize();
	}

	/** @return Base64 of IV and ciphertext with its tag */
	public String encrypt(String accessKeyId, String secret) {
		try {
			byte[] iv = new byte[IV_LENGTH];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(accessKeyId.getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[IV_LENGTH + sealed.length];
			System.arraycopy(iv, 0, stored, 0, IV_LENGTH);
			System.arraycopy(sealed, 0, stored, IV_LENGTH, sealed.length);
			return Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt the secret of access key " + accessKeyId, ex);
		}
	}

	/**
	 * @throws IllegalStateException when the ciphertext was made under another key or altered (the
	 * message never contains the secret)
	 */
	public String decrypt(String accessKeyId, String ciphertext) {
		try {
			byte[] stored = Base64.getDecoder().decode(ciphertext);
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, stored, 0, IV_LENGTH));
			cipher.updateAAD(accessKeyId.getBytes(StandardCharsets.US_ASCII));
			return new String(cipher.doFinal(stored, IV_LENGTH, stored.length - IV_LENGTH), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot decrypt the secret of access key " + accessKeyId
					+ ": was dirshare.api.secret-encryption-key changed?", ex);
		}
	}

	private SecretKey key() {
		SecretKey current = this.key;
		if (current == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = new SecretKeySpec(loadKeyBytes(), "AES");
				}
				current = this.key;
			}
		}
		return current;
	}

	private byte[] loadKeyBytes() {
		if (!this.configuredKey.isEmpty()) {
			return checkedLength(Base64.getDecoder().decode(this.configuredKey), "dirshare.api.secret-encryption-key");
		}
		try {
			if (Files.exists(this.keyFile)) {
				return checkedLength(Base64.getDecoder().decode(Files.readString(this.keyFile).trim()),
						this.keyFile.toString());
			}
			byte[] generated = new byte[32];
			this.random.nextBytes(generated);
			Path parent = this.keyFile.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(this.keyFile, Base64.getEncoder().encodeToString(generated), StandardOpenOption.CREATE_NEW);
			restrictToOwner(this.keyFile);
			log.warn("Generated the key that encrypts access key secrets into {}. Keep it with the database, "
					+ "or set dirshare.api.secret-encryption-key.", this.keyFile.toAbsolutePath().normalize());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create " + this.keyFile.toAbsolutePath().normalize(), ex);
		}
	}

	private static void restrictToOwner(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// Not a POSIX file system (Windows): the file keeps the directory's permissions.
		}
	}

	private static byte[] checkedLength(byte[] key, String source) {
		if (!Set.of(16, 24, 32).contains(key.length)) {
			throw new IllegalStateException(source + " must be the Base64 of a 16, 24 or 32 byte AES key");
		}
		return key;
	}

}
