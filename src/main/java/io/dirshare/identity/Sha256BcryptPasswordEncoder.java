package io.dirshare.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt of the Base64 of the password's SHA-256, as Django's {@code bcrypt_sha256} and passlib do:
 * bcrypt reads only the first 72 bytes of a password (and Spring Security refuses to hash more), while
 * passwords may have 128 characters, up to 512 bytes in UTF-8. The digest's 44 characters carry all of
 * them, so no part of a long password is ignored; the work factor is bcrypt's.
 */
class Sha256BcryptPasswordEncoder implements PasswordEncoder {

	static final String ID = "bcrypt-sha256";

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	@Override
	public String encode(CharSequence rawPassword) {
		return this.bcrypt.encode(digest(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return this.bcrypt.matches(digest(rawPassword), encodedPassword);
	}

	private static String digest(CharSequence rawPassword) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
