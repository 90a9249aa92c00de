package io.dirshare.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static io.dirshare.api.SigV4Signing.hex;
import static io.dirshare.api.SigV4Signing.hmac;
import static io.dirshare.api.SigV4Signing.sha256;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256} in the {@code Authorization} header) the
 * way AWS does: rebuilds the canonical request from what arrived (any header order; the body as
 * bytes, so any JSON key order), derives the signing key from the stored secret and compares. The
 * signature must cover {@code host}, {@code x-amz-date}, {@code x-amz-target} and the body: a signed
 * payload hash, or signed {@code aws-chunked} bodies ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD}) whose
 * every chunk signature is checked; {@code UNSIGNED-PAYLOAD} is refused.
 */
final class SigV4Verifier {

	static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

	static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

	static final String STREAMING_SIGNED_PAYLOAD = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** A request whose signature matched: who signed it, where, and its body (de-chunked). */
	record Verified(SigV4Authorization authorization, byte[] payload) {

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
		return verify(request, expectedService, SigV4Authorization.REQUIRED_SIGNED_HEADERS, keys, now);
	}

	/** @param requiredSignedHeaders the headers besides {@code host} the protocol's requests must sign */
	static Verified verify(SignedRequest request, String expectedService, java.util.List<String> requiredSignedHeaders,
			Function<String, Optional<KeySecret>> keys, Instant now) {
		SigV4Authorization authorization = SigV4Authorization.parse(request.header("authorization"),
				requiredSignedHeaders);
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

	private static String requestDate(SignedRequest request, SigV4Authorization authorization) {
		String amzDate = request.header("x-amz-date");
		if (amzDate == null) {
			String httpDate = request.header("date");
			if (httpDate == null) {
				throw ApiException.incompleteSignature(
						"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
								+ "Authorization=" + SigV4Authorization.ALGORITHM);
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

	private static byte[] checkSignature(SignedRequest request, SigV4Authorization authorization, String amzDate,
			String secret) {
		String contentSha256 = request.header("x-amz-content-sha256");
		String payloadHash;
		if (contentSha256 == null) {
			payloadHash = hex(sha256(request.body()));
		}
		else if (UNSIGNED_PAYLOAD.equals(contentSha256)) {
			// Only S3 takes unsigned payloads; for a JSON service the body is the operation's input and must be signed.
			throw ApiException.invalidSignature(
					"The 'x-amz-content-sha256' header must be the SHA-256 of the payload: UNSIGNED-PAYLOAD is not accepted.");
		}
		else if (STREAMING_SIGNED_PAYLOAD.equals(contentSha256)) {
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
		String canonicalRequest = SigV4Signing.canonicalRequest(request, authorization.signedHeaders(), payloadHash);
		byte[] signingKey = SigV4Signing.signingKey(secret, authorization);
		String expected = hex(hmac(signingKey, SigV4Signing.stringToSign(amzDate, authorization.scope(),
				hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))))));
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				authorization.signature().getBytes(StandardCharsets.US_ASCII))) {
			throw ApiException.signatureDoesNotMatch();
		}
		if (STREAMING_SIGNED_PAYLOAD.equals(contentSha256)) {
			return AwsChunkedBody.decode(request.body(), signingKey, amzDate, authorization.scope(), expected);
		}
		return request.body();
	}

}
