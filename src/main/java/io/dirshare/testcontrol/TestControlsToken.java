package io.dirshare.testcontrol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The admin token the controls answer ({@code dirshare.test-controls.token}), sent as
 * {@code Authorization: Bearer <token>} or {@code X-Dirshare-Test-Token: <token>}; a random one when
 * none is configured.
 */
final class TestControlsToken {

	static final String HEADER = "X-Dirshare-Test-Token";

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	private final boolean generated;

	private TestControlsToken(String token, boolean generated) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
		this.generated = generated;
	}

	static TestControlsToken of(String configured) {
		if (configured != null && !configured.isBlank()) {
			return new TestControlsToken(configured.trim(), false);
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return new TestControlsToken(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
	}

	boolean isGenerated() {
		return this.generated;
	}

	String value() {
		return new String(this.token, StandardCharsets.UTF_8);
	}

	/** What the request presents as the token, or null. */
	static String presented(HttpServletRequest request) {
		String header = request.getHeader(HEADER);
		if (header != null && !header.isBlank()) {
			return header.trim();
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length()).trim();
		}
		return null;
	}

	/** Compared in constant time, so the response time tells nothing about the token. */
	boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), this.token);
	}

}
