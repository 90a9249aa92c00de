package io.dirshare.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The token a metrics scraper sends as {@code Authorization: Bearer <token>}
 * ({@code dirshare.metrics.scrape-token}). Without a configured token nothing is admitted: metrics tell
 * an attacker too much to be open by default.
 */
final class ScrapeToken {

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	ScrapeToken(String configured) {
		this.token = (configured != null) ? configured.trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	boolean isConfigured() {
		return this.token.length > 0;
	}

	/** Compared in constant time, so the response time tells nothing about the token. */
	boolean admits(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (!isConfigured() || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		byte[] presented = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(presented, this.token);
	}

}
