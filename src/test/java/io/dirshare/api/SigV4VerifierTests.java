package io.dirshare.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.dirshare.core.AwsException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signs requests with the real AWS SDK's SigV4 signer and checks that dirshare verifies them exactly. */
class SigV4VerifierTests {

	static final String KEY_ID = "AKIATESTTESTTEST0001";

	static final String SECRET = "test/secret+key-0123456789abcdefghijklmn";

	static final Instant NOW = Instant.parse("2026-11-22T05:30:00Z");

	static final String BODY = "{\"DirectoryId\":\"d-1234567890\",\"ShareTarget\":{\"Id\":\"210987654321\",\"Type\":\"ACCOUNT\"},"
			+ "\"ShareMethod\":\"HANDSHAKE\",\"ShareNotes\":\"hello\"}";

	static final Function<String, Optional<SigV4Verifier.KeySecret>> KEYS = (id) -> switch (id) {
		case KEY_ID -> Optional.of(new SigV4Verifier.KeySecret(SECRET, true));
		case "AKIAINACTIVEINACTIVE" -> Optional.of(new SigV4Verifier.KeySecret(SECRET, false));
		default -> Optional.empty();
	};

	@Test
	void verifiesWhatTheSdkSignsAndReturnsTheScope() {
		io.dirshare.api.SignedRequest request = sdkSigned(KEY_ID, SECRET, "ds", "eu-west-1", BODY, NOW, false);

		SigV4Verifier.Verified verified = SigV4Verifier.verify(request, "ds", KEYS, NOW.plusSeconds(30));

		assertThat(verified.authorization().accessKeyId()).isEqualTo(KEY_ID);
		assertThat(verified.authorization().region()).isEqualTo("eu-west-1");
		assertThat(new String(verified.payload(), StandardCharsets.UTF_8)).isEqualTo(BODY);
	}

	@Test
	void headerOrderAndHeaderNameCaseDoNotMatter() {
		io.dirshare.api.SignedRequest signed = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", BODY, NOW, false);
		Map<String, List<String>> reordered = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(signed.headers().keySet());
		Collections.reverse(names);
		names.forEach((name) -> reordered.put(name.toUpperCase(), signed.headers().get(name)));

		io.dirshare.api.SignedRequest request = new io.dirshare.api.SignedRequest("POST", "/", null, reordered,
				signed.body());

		assertThat(SigV4Verifier.verify(request, "ds", KEYS, NOW).authorization().accessKeyId()).isEqualTo(KEY_ID);
	}

	@Test
	void verifiesQueryStringsAndEncodedPaths() {
		io.dirshare.api.SignedRequest request = sdkSigned(
				URI.create("http://localhost:8084/api/some%20path/?b=2&a=x%20y&a=1"), KEY_ID, SECRET, "ds", "us-east-1",
				BODY, NOW, false, true);

		assertThat(SigV4Verifier.verify(request, "ds", KEYS, NOW).authorization().accessKeyId()).isEqualTo(KEY_ID);
	}

	@Test
	void refusesATamperedBody() {
		io.dirshare.api.SignedRequest signed = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", BODY, NOW, false);
		io.dirshare.api.SignedRequest tampered = new io.dirshare.api.SignedRequest("POST", "/", null, signed.headers(),
				BODY.replace("hello", "HELLO").getBytes(StandardCharsets.UTF_8));

		assertRefused(tampered, "InvalidSignatureException", "x-amz-content-sha256");

		Map<String, List<String>> withoutContentHash = new LinkedHashMap<>(signed.headers());
		withoutContentHash.remove("x-amz-content-sha256");
		assertRefused(new io.dirshare.api.SignedRequest("POST", "/", null, withoutContentHash, tampered.body()),
				"InvalidSignatureException", "does not match the signature you provided");
	}

	@Test
	void refusesAWrongSecret() {
		assertRefused(sdkSigned(KEY_ID, SECRET + "x", "ds", "us-east-1", BODY, NOW, false), "InvalidSignatureException",
				"The request signature we calculated does not match the signature you provided.");
	}

	@Test
	void refusesARequestSignedMoreThanFifteenMinutesAwayFromTheServerClock() {
		io.dirshare.api.SignedRequest old = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", BODY,
				NOW.minus(Duration.ofMinutes(16)), false);
		assertRefused(old, "InvalidSignatureException",
				"Signature expired: 20261122T051400Z is now earlier than 20261122T051500Z (20261122T053000Z - 15 min.)");

		io.dirshare.api.SignedRequest future = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", BODY,
				NOW.plus(Duration.ofMinutes(16)), false);
		assertRefused(future, "InvalidSignatureException", "Signature not yet current");

		io.dirshare.api.SignedRequest almostStale = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", BODY,
				NOW.minus(Duration.ofMinutes(14)), false);
		assertThat(SigV4Verifier.verify(almostStale, "ds", KEYS, NOW)).isNotNull();
	}

	@Test
	void refusesUnknownAndInactiveKeys() {
		assertRefused(sdkSigned("AKIAUNKNOWNUNKNOWN00", SECRET, "ds", "us-east-1", BODY, NOW, false),
				"UnrecognizedClientException", "The security token included in the request is invalid.");
		assertRefused(sdkSigned("AKIAINACTIVEINACTIVE", SECRET, "ds", "us-east-1", BODY, NOW, false),
				"UnrecognizedClientException", "The security token included in the request is invalid.");
	}

	@Test
	void refusesMissingAndMalformedAuthorization() {
		io.dirshare.api.SignedRequest signed = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", BODY, NOW, false);
		Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
		headers.remove("authorization");
		assertRefused(new io.dirshare.api.SignedRequest("POST", "/", null, headers, signed.body()),
				"MissingAuthenticationTokenException", "Request is missing Authentication Token");

		headers.put("authorization", List.of("AWS4-HMAC-SHA256 Credential=" + KEY_ID + "/20261122/us-east-1/ds/aws4_request"));
		assertRefused(new io.dirshare.api.SignedRequest("POST", "/", null, headers, signed.body()),
				"IncompleteSignatureException", "Authorization header requires 'Signature' parameter.");

		headers.put("authorization", List.of("Bearer abc"));
		assertRefused(new io.dirshare.api.SignedRequest("POST", "/", null, headers, signed.body()),
				"IncompleteSignatureException", "Authorization header requires 'Credential' parameter.");
	}

	@Test
	void refusesAScopeForAnotherService() {
		assertRefused(sdkSigned(KEY_ID, SECRET, "organizations", "us-east-1", BODY, NOW, false), "InvalidSignatureException",
				"Credential should be scoped to correct service: 'ds'.");
	}

	@Test
	void acceptsSignedAwsChunkedBodiesAndChecksEveryChunk() {
		String large = "{\"ShareNotes\":\"" + "x".repeat(200_000) + "\"}";
		io.dirshare.api.SignedRequest chunked = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", large, NOW, true);
		assertThat(chunked.header("x-amz-content-sha256")).isEqualTo(SigV4Verifier.STREAMING_SIGNED_PAYLOAD);

		SigV4Verifier.Verified verified = SigV4Verifier.verify(chunked, "ds", KEYS, NOW);
		assertThat(new String(verified.payload(), StandardCharsets.UTF_8)).isEqualTo(large);

		byte[] tampered = chunked.body().clone();
		int position = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("xxxx");
		tampered[position] = 'y';
		assertRefused(new io.dirshare.api.SignedRequest("POST", "/", null, chunked.headers(), tampered),
				"InvalidSignatureException", "does not match");
	}

	@Test
	void refusesUnsignedPayloadsBecauseTheBodyIsTheOperationsInput() {
		io.dirshare.api.SignedRequest unsigned = sdkSigned(URI.create("https://localhost:8084/"), KEY_ID, SECRET, "ds",
				"us-east-1", BODY, NOW, false, false);
		assertThat(unsigned.header("x-amz-content-sha256")).isEqualTo(SigV4Verifier.UNSIGNED_PAYLOAD);

		assertRefused(unsigned, "InvalidSignatureException", "UNSIGNED-PAYLOAD is not accepted");
	}

	@Test
	void refusesASignatureThatDoesNotCoverTheTargetOrTheDate() {
		io.dirshare.api.SignedRequest signed = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", BODY, NOW, false);
		for (String left : List.of("x-amz-target", "x-amz-date")) {
			Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
			String authorization = signed.header("authorization");
			headers.put("Authorization",
					List.of(authorization.replaceAll("(SignedHeaders=[^,]*?);?" + left + "(;|,)", "$1$2")));
			headers.remove("authorization");
			assertRefused(new io.dirshare.api.SignedRequest("POST", "/", null, headers, signed.body()),
					"IncompleteSignatureException", "must be a 'SignedHeader' in the AWS Authorization.");
		}
	}

	@Test
	void aSignedRequestCannotBeReplayedAsAnotherOperation() {
		io.dirshare.api.SignedRequest signed = sdkSigned(KEY_ID, SECRET, "ds", "us-east-1", BODY, NOW, false);
		Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
		headers.keySet().removeIf((name) -> name.equalsIgnoreCase("x-amz-target"));
		headers.put("X-Amz-Target", List.of("DirectoryService_20150416.DeleteDirectory"));

		assertRefused(new io.dirshare.api.SignedRequest("POST", "/", null, headers, signed.body()),
				"InvalidSignatureException", "does not match");
	}

	private static void assertRefused(io.dirshare.api.SignedRequest request, String errorCode, String message) {
		assertThatThrownBy(() -> SigV4Verifier.verify(request, "ds", KEYS, NOW)).isInstanceOf(AwsException.class)
			.satisfies((ex) -> {
				assertThat(((AwsException) ex).errorCode()).isEqualTo(errorCode);
				assertThat(ex.getMessage()).contains(message);
			});
	}

	static io.dirshare.api.SignedRequest sdkSigned(String keyId, String secret, String service, String region,
			String body, Instant signedAt, boolean chunked) {
		return sdkSigned(URI.create("http://localhost:8084/"), keyId, secret, service, region, body, signedAt, chunked,
				true);
	}

	static io.dirshare.api.SignedRequest sdkSigned(URI uri, String keyId, String secret, String service, String region,
			String body, Instant signedAt, boolean chunked, boolean payloadSigning) {
		SdkHttpRequest.Builder request = SdkHttpRequest.builder()
			.method(SdkHttpMethod.POST)
			.uri(uri)
			.putHeader("Host", uri.getHost() + ":" + uri.getPort())
			.putHeader("Content-Type", "application/x-amz-json-1.1")
			.putHeader("X-Amz-Target", "DirectoryService_20150416.ShareDirectory")
			.putHeader("amz-sdk-request", "attempt=1;  max=4");
		if (!chunked) {
			request.putHeader("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
		}
		SignedRequest signed = AwsV4HttpSigner.create()
			.sign((signing) -> signing.identity(AwsCredentialsIdentity.create(keyId, secret))
				.request(request.build())
				.payload(ContentStreamProvider.fromUtf8String(body))
				.putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
				.putProperty(AwsV4HttpSigner.REGION_NAME, region)
				.putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, chunked)
				.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, payloadSigning)
				.putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
		byte[] sentBody = signed.payload().map(SigV4VerifierTests::readAll).orElse(new byte[0]);
		return new io.dirshare.api.SignedRequest("POST", uri.getRawPath(), uri.getRawQuery(), signed.request().headers(),
				sentBody);
	}

	private static byte[] readAll(ContentStreamProvider provider) {
		try (InputStream in = provider.newStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
