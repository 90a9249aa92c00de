package io.dirshare.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The arithmetic of SigV4: canonical request, string to sign, signing key, and their hashes. */
final class SigV4Signing {

	/** The most signing keys remembered; beyond that the memo starts again. */
	private static final int MAX_SIGNING_KEYS = 10_000;

	/** A credential scope: a signing key is valid for one access key, day, Region and service. */
	private record Scope(String accessKeyId, String date, String region, String service) {

	}

	/** A derived signing key and the secret it was derived from. */
	private record DerivedKey(String secret, byte[] key) {

	}

	/**
	 * Signing keys already derived (four HMACs each), by scope. An entry is used only for the very secret it
	 * came from, so a key whose secret changed derives anew; whether a key may sign at all is decided
	 * before, from its row, on every request.
	 */
	private static final Map<Scope, DerivedKey> SIGNING_KEYS = new ConcurrentHashMap<>();

	private SigV4Signing() {
	}

	static String canonicalRequest(SignedRequest request, List<String> signedHeaders, String payloadHash) {
		StringBuilder canonical = new StringBuilder();
		canonical.append(request.method().toUpperCase(Locale.ROOT)).append('\n');
		canonical.append(canonicalUri(request.rawPath())).append('\n');
		canonical.append(canonicalQuery(request.rawQuery())).append('\n');
		for (String name : signedHeaders) {
			List<String> values = request.headers().getOrDefault(name, List.of());
			canonical.append(name).append(':');
			canonical.append(String.join(",", values.stream().map(SigV4Signing::trimHeaderValue).toList()));
			canonical.append('\n');
		}
		canonical.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash);
		return canonical.toString();
	}

	/** The path as sent, encoded once more: what the SDKs do for every service but S3. */
	private static String canonicalUri(String rawPath) {
		if (rawPath == null || rawPath.isEmpty()) {
			return "/";
		}
		String relative = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
		return "/" + String.join("/", Arrays.stream(relative.split("/", -1)).map(SigV4Signing::encode).toList());
	}

	private static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String[]> pairs = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			pairs.add(new String[] { encode(decode(name)), encode(decode(value)) });
		}
		pairs.sort((a, b) -> (a[0].equals(b[0])) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
		return String.join("&", pairs.stream().map((pair) -> pair[0] + "=" + pair[1]).toList());
	}

	private static String trimHeaderValue(String value) {
		return value.trim().replaceAll(" +", " ");
	}

	static String stringToSign(String amzDate, String scope, String canonicalRequestHash) {
		return SigV4Authorization.ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + canonicalRequestHash;
	}

	/** The signing key of the request's credential scope, derived once per secret and scope. */
	static byte[] signingKey(String secret, SigV4Authorization authorization) {
		Scope scope = new Scope(authorization.accessKeyId(), authorization.date(), authorization.region(),
				authorization.service());
		DerivedKey derived = SIGNING_KEYS.get(scope);
		if (derived == null || !MessageDigest.isEqual(derived.secret().getBytes(StandardCharsets.UTF_8),
				secret.getBytes(StandardCharsets.UTF_8))) {
			if (SIGNING_KEYS.size() >= MAX_SIGNING_KEYS) {
				SIGNING_KEYS.clear();
			}
			derived = new DerivedKey(secret, deriveSigningKey(secret, authorization));
			SIGNING_KEYS.put(scope, derived);
		}
		return derived.key();
	}

	static byte[] deriveSigningKey(String secret, SigV4Authorization authorization) {
		byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), authorization.date());
		key = hmac(key, authorization.region());
		key = hmac(key, authorization.service());
		return hmac(key, "aws4_request");
	}

	/** RFC 3986 encoding of everything but the unreserved characters, as SigV4 wants it. */
	static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
			}
		}
		return encoded.toString();
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

	static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
