package io.dirshare.identity;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTests {

	private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

	@Test
	void aPasswordOfTheLongestAllowedLengthIsHashedWhole() {
		// 128 characters of two UTF-8 bytes each: 256 bytes, where plain bcrypt takes 72 and refuses more.
		String password = "\u0130".repeat(IamUserService.MAX_PASSWORD_LENGTH);
		String hash = this.encoder.encode(password);

		assertThat(hash).startsWith("{bcrypt-sha256}$2a$");
		assertThat(this.encoder.matches(password, hash)).isTrue();
		assertThat(this.encoder.matches("\u0130".repeat(IamUserService.MAX_PASSWORD_LENGTH - 1) + "I", hash)).isFalse();
		assertThat(this.encoder.matches("\u0130".repeat(36), hash)).isFalse();
	}

	@Test
	void hashesMadeWithPlainBcryptStillVerify() {
		String earlier = "{bcrypt}" + new BCryptPasswordEncoder().encode("dirshare-demo");

		assertThat(this.encoder.matches("dirshare-demo", earlier)).isTrue();
		assertThat(this.encoder.matches("something-else", earlier)).isFalse();
	}

}
