package io.dirshare.api;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256} in the {@code Authorization} header) the
 * way AWS does: rebuilds the canonical request from what arrived (any header order; the body as
 * bytes, so any JSON key order), derives the signing key from the stored secret and compares. Also
 * accepts {@code UNSIGNED-PAYLOAD} and signed {@code aws-chunked} bodies
 * ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD}), whose every chunk signature is checked.
 */
final class SigV4Verifier {

	static final String ALGORITHM = "AWS4-HMAC-SHA256";

	static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

	static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

	static final String STREAMING_SIGNED_PAYLOAD = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

	private static final String EMPTY_SHA256 = hex(sha256(new byte[0]));

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^,\\s]*)");

	private static final Pattern SIGNED_HEADERS = Pattern.compile("SignedHeaders=([^,\\s]*)");

	private static final Pattern SIGNATURE = Pattern.compile("Signature=([^,\\s]*)");

	private static final Pattern HEX_SIGNATURE = Pattern.compile("^[0-9a-f]{64}$");

	/** The parsed {@code Authorization} header. */
	record Authorization(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
			String signature) {

		String scope() {
			return this.date + "/" + this.region + "/" + this.service + "/aws4_request";
		}

	}

	/** A request whose signature matched: who signed it, where, and its body (de-chunked). */
	record Verified(Authorization authorization, byte[] payload) {

	}

	/** The secret of an access key and whether the key may sign. */
	record KeySecret(String secretAccessKey, boolean active) {

		@Override
		public String toString() {
			return "KeySecret[active=" + this.active + "]";
		}

	}

	private SigV4Verifier() {
	}

	/**
	 * @param expectedService the signing name the request's target belongs to ({@code ds},
	 * {@code organizations})
	 * @throws io.dirshare.core.AwsException with the error AWS gives for each failure
	 */
	static Verified verify(SignedRequest request, String expectedService, Function<String, Optional<KeySecret>> keys,
			Instant now) {
		Authorization authorization = parse(request.header("authorization"));
		if (!authorization.service().equals(expectedService)) {
			throw ApiException
				.invalidSignature("Credential should be scoped to correct service: '" + expectedService + "'. ");
		}
		KeySecret key = keys.apply(authorization.accessKeyId())
			.filter(KeySecret::active)
			.orElseThrow(ApiException::unrecognizedClient);
		String amzDate = requestDate(request, authorization);
		checkFreshness(amzDate, now);
		return new Verified(authorization, checkSignature(request, authorization, amzDate, key.secretAccessKey()));
	}

	static Authorization parse(String header) {
		if (header == null || header.isBlank()) {
			throw ApiException.missingAuthenticationToken();
		}
		String value = header.trim();
		if (!value.startsWith(ALGORITHM + " ")) {
			throw ApiException.incompleteSignature("Authorization header requires 'Credential' parameter. "
					+ "Authorization header requires 'Signature' parameter. "
					+ "Authorization header requires 'SignedHeaders' parameter. Authorization=" + firstWord(value));
		}
		String parameters = value.substring(ALGORITHM.length()).trim();
		Optional<String> credential = find(CREDENTIAL, parameters);
		Optional<String> signedHeaders = find(SIGNED_HEADERS, parameters);
		Optional<String> signature = find(SIGNATURE, parameters);
		StringBuilder missing = new StringBuilder();
		if (credential.isEmpty()) {
			missing.append("Authorization header requires 'Credential' parameter. ");
		}
		if (signature.isEmpty()) {
			missing.append("Authorization header requires 'Signature' parameter. ");
		}
		if (signedHeaders.isEmpty()) {
			missing.append("Authorization header requires 'SignedHeaders' parameter. ");
		}
		if (!missing.isEmpty()) {
			throw ApiException.incompleteSignature(missing + "Authorization=" + ALGORITHM);
		}
		String[] scope = credential.get().split("/", -1);
		if (scope.length != 5 || Arrays.stream(scope).anyMatch(String::isEmpty)) {
			throw ApiException.incompleteSignature("Credential should be scoped to a valid region, service and "
					+ "terminator: 'ACCESS_KEY_ID/YYYYMMDD/REGION/SERVICE/aws4_request'.");
		}
		if (!"aws4_request".equals(scope[4])) {
			throw ApiException.invalidSignature(
					"Credential should be scoped with a valid terminator: 'aws4_request', not '" + scope[4] + "'. ");
		}
		if (!HEX_SIGNATURE.matcher(signature.get()).matches()) {
			throw ApiException.incompleteSignature("Signature should be 64 lower-case hexadecimal characters.");
		}
		List<String> headers = List.of(signedHeaders.get().toLowerCase(Locale.ROOT).split(";"));
		if (!headers.contains("host")) {
			throw ApiException
				.incompleteSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
		}
		return new Authorization(scope[0], scope[1], scope[2], scope[3], headers, signature.get());
	}

	private static String requestDate(SignedRequest request, Authorization authorization) {
		String amzDate = request.header("x-amz-date");
		if (amzDate == null) {
			String httpDate = request.header("date");
			if (httpDate == null) {
				throw ApiException.incompleteSignature(
						"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
								+ "Authorization=" + ALGORITHM);
			}
			try {
				amzDate = AMZ_DATE.format(ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME));
			}
			catch (DateTimeParseException ex) {
				throw ApiException.incompleteSignature("Date must be in ISO-8601 'basic format'. Got '" + httpDate + "'.");
			}
		}
		Instant signedAt = parseAmzDate(amzDate);
		String day = AMZ_DATE.format(signedAt).substring(0, 8);
		if (!day.equals(authorization.date())) {
			throw ApiException.invalidSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 "
					+ "version of date from HTTP: '" + authorization.date() + "' != '" + day + "', from '" + amzDate
					+ "'.");
		}
		return amzDate;
	}

	private static Instant parseAmzDate(String amzDate) {
		try {
			return Instant.from(AMZ_DATE.parse(amzDate));
		}
		catch (DateTimeParseException ex) {
			throw ApiException.incompleteSignature("Date must be in ISO-8601 'basic format'. Got '" + amzDate
					+ "'. See http://en.wikipedia.org/wiki/ISO_8601");
		}
	}

	static void checkFreshness(String amzDate, Instant now) {
		Instant signedAt = parseAmzDate(amzDate);
		if (signedAt.isBefore(now.minus(MAX_CLOCK_SKEW))) {
			throw ApiException.invalidSignature("Signature expired: " + amzDate + " is now earlier than "
					+ AMZ_DATE.format(now.minus(MAX_CLOCK_SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
		}
		if (signedAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
			throw ApiException.invalidSignature("Signature not yet current: " + amzDate + " is still later than "
					+ AMZ_DATE.format(now.plus(MAX_CLOCK_SKEW)) + " (" + AMZ_DATE.format(now) + " + 15 min.)");
		}
	}

	private static byte[] checkSignature(SignedRequest request, Authorization authorization, String amzDate,
			String secret) {
		String contentSha256 = request.header("x-amz-content-sha256");
		String payloadHash;
		if (contentSha256 == null) {
			payloadHash = hex(sha256(request.body()));
		}
		else if (UNSIGNED_PAYLOAD.equals(contentSha256) || STREAMING_SIGNED_PAYLOAD.equals(contentSha256)) {
			payloadHash = contentSha256;
		}
		else {
			payloadHash = hex(sha256(request.body()));
			if (!MessageDigest.isEqual(payloadHash.getBytes(StandardCharsets.US_ASCII),
					contentSha256.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
				throw ApiException
					.invalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");
			}
		}
		String canonicalRequest = canonicalRequest(request, authorization.signedHeaders(), payloadHash);
		byte[] signingKey = signingKey(secret, authorization);
		String expected = hex(hmac(signingKey, stringToSign(amzDate, authorization.scope(),
				hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))))));
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				authorization.signature().getBytes(StandardCharsets.US_ASCII))) {
			throw ApiException.signatureDoesNotMatch();
		}
		if (STREAMING_SIGNED_PAYLOAD.equals(contentSha256)) {
			return decodeSignedChunks(request.body(), signingKey, amzDate, authorization.scope(), expected);
		}
		return request.body();
	}

	static String canonicalRequest(SignedRequest request, List<String> signedHeaders, String payloadHash) {
		StringBuilder canonical = new StringBuilder();
		canonical.append(request.method().toUpperCase(Locale.ROOT)).append('\n');
		canonical.append(canonicalUri(request.rawPath())).append('\n');
		canonical.append(canonicalQuery(request.rawQuery())).append('\n');
		for (String name : signedHeaders) {
			List<String> values = request.headers().getOrDefault(name, List.of());
			canonical.append(name).append(':');
			canonical.append(String.join(",", values.stream().map(SigV4Verifier::trimHeaderValue).toList()));
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
		return "/" + String.join("/", Arrays.stream(relative.split("/", -1)).map(SigV4Verifier::encode).toList());
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
		return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + canonicalRequestHash;
	}

	static byte[] signingKey(String secret, Authorization authorization) {
		byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), authorization.date());
		key = hmac(key, authorization.region());
		key = hmac(key, authorization.service());
		return hmac(key, "aws4_request");
	}

	/**
	 * Decodes an {@code aws-chunked} body ({@code hex-size;chunk-signature=sig CRLF data CRLF}, ending with
	 * an empty chunk), checking that every chunk's signature chains from the header's signature.
	 */
	private static byte[] decodeSignedChunks(byte[] body, byte[] signingKey, String amzDate, String scope,
			String seedSignature) {
		ByteArrayOutputStream payload = new ByteArrayOutputStream();
		String previous = seedSignature;
		int position = 0;
		while (true) {
			int lineEnd = indexOfCrlf(body, position);
			if (lineEnd < 0) {
				throw ApiException.incompleteSignature("The aws-chunked body is incomplete.");
			}
			String header = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
			Matcher chunk = Pattern.compile("^([0-9a-fA-F]+);chunk-signature=([0-9a-f]{64})$").matcher(header);
			if (!chunk.matches()) {
				throw ApiException.incompleteSignature("An aws-chunked chunk has no chunk-signature.");
			}
			int size;
			try {
				size = Integer.parseInt(chunk.group(1), 16);
			}
			catch (NumberFormatException ex) {
				throw ApiException.incompleteSignature("An aws-chunked chunk is too large.");
			}
			int dataStart = lineEnd + 2;
			if (size < 0 || dataStart + size > body.length) {
				throw ApiException.incompleteSignature("The aws-chunked body is incomplete.");
			}
			byte[] data = Arrays.copyOfRange(body, dataStart, dataStart + size);
			String chunkStringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n" + previous + "\n"
					+ EMPTY_SHA256 + "\n" + hex(sha256(data));
			String expected = hex(hmac(signingKey, chunkStringToSign));
			if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					chunk.group(2).getBytes(StandardCharsets.US_ASCII))) {
				throw ApiException.signatureDoesNotMatch();
			}
			previous = expected;
			payload.writeBytes(data);
			if (size == 0) {
				return payload.toByteArray();
			}
			position = dataStart + size;
			if (indexOfCrlf(body, position) != position) {
				throw ApiException.incompleteSignature("The aws-chunked body is incomplete.");
			}
			position += 2;
		}
	}

	private static int indexOfCrlf(byte[] bytes, int from) {
		for (int i = from; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
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

	private static Optional<String> find(Pattern pattern, String parameters) {
		Matcher matcher = pattern.matcher(parameters);
		return matcher.find() && !matcher.group(1).isEmpty() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static String firstWord(String value) {
		int space = value.indexOf(' ');
		return (space < 0) ? value : value.substring(0, space);
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
