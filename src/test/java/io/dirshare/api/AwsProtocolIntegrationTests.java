package io.dirshare.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import io.dirshare.identity.AccessKey;
import io.dirshare.core.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.directory.model.DirectoryException;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wire protocol over plain HTTP (requests signed with the AWS SDK's SigV4 signer, then sent as
 * they are or altered) and through the SDK clients: authentication failures, the error body, request
 * IDs, dispatch errors, and that the portal's own requests are left to the portal.
 */
@ExtendWith(OutputCaptureExtension.class)
class AwsProtocolIntegrationTests extends ApiIntegrationTest {

	static final String DESCRIBE_ORGANIZATION = "AWSOrganizationsV20161128.DescribeOrganization";

	static final String LIST_SERVICE_ACCESS = "AWSOrganizationsV20161128.ListAWSServiceAccessForOrganization";

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedRequestGetsJsonARequestIdAndRecordsTheKeysLastUse() {
		ApiAccount management = newApiAccount("Wire success");
		organization(management);

		HttpResponse<String> response = send(management, "organizations", "us-east-1", LIST_SERVICE_ACCESS,
				"{\"MaxResults\": 5}", Instant.now());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
		assertThat(response.headers().firstValue("x-amzn-RequestId").orElseThrow()).matches("[0-9a-f-]{36}");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(json(response).has("NextToken")).isFalse();
		assertThat(json(response).get("EnabledServicePrincipals").isArray()).isTrue();
		AccessKey key = this.accessKeys.list(admin(management), "admin").get(0);
		assertThat(key.lastUsedAt()).isNotNull();
		assertThat(key.lastUsedRegion()).isEqualTo("us-east-1");
	}

	@Test
	void timestampsAreEpochSecondsAsNumbers() {
		ApiAccount management = newApiAccount("Wire timestamps");
		organization(management);
		organizations(management).enableAWSServiceAccess((r) -> r.servicePrincipal("ds.amazonaws.com"));

		JsonNode enabled = json(send(management, "organizations", "us-east-1", LIST_SERVICE_ACCESS, "{}", Instant.now()))
			.get("EnabledServicePrincipals")
			.get(0);

		assertThat(enabled.get("DateEnabled").isNumber()).isTrue();
		assertThat(enabled.get("DateEnabled").asDouble()).isCloseTo(Instant.now().getEpochSecond(),
				org.assertj.core.data.Offset.offset(60.0));
	}

	@Test
	void aMissingAuthorizationIsMissingAuthenticationToken() {
		HttpResponse<String> response = sendRaw(DESCRIBE_ORGANIZATION, "{}", Map.of());

		assertError(response, "MissingAuthenticationTokenException", "Request is missing Authentication Token");
	}

	@Test
	void aMalformedAuthorizationIsAnIncompleteSignature() {
		HttpResponse<String> response = sendRaw(DESCRIBE_ORGANIZATION, "{}",
				Map.of("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAAAAAAAAAAAAAAAAA/20261122/us-east-1/organizations/aws4_request"));

		assertError(response, "IncompleteSignatureException", "Authorization header requires 'Signature' parameter.");
	}

	@Test
	void aWrongSecretIsAnInvalidSignature() {
		ApiAccount account = newApiAccount("Wrong secret");

		assertThatThrownBy(() -> directory(account.accessKeyId(), account.secretAccessKey() + "x").describeDirectories())
			.isInstanceOfSatisfying(DirectoryException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.requestId()).isNotBlank();
			});
	}

	@Test
	void aRequestSignedSixteenMinutesAgoHasExpired() {
		ApiAccount account = newApiAccount("Expired");
		organization(account);

		HttpResponse<String> response = send(account, "organizations", "us-east-1", DESCRIBE_ORGANIZATION, "{}",
				Instant.now().minus(Duration.ofMinutes(16)));

		assertError(response, "InvalidSignatureException", "Signature expired: ");
		assertThat(json(response).get("Message").asString()).contains("is now earlier than").endsWith(" - 15 min.)");
	}

	@Test
	void aTamperedBodyIsAnInvalidSignature() {
		ApiAccount account = newApiAccount("Tampered");
		organization(account);

		HttpResponse<String> response = send(account, "organizations", "us-east-1", LIST_SERVICE_ACCESS,
				"{\"MaxResults\":5}", Instant.now(), "{\"MaxResults\":6}");

		assertError(response, "InvalidSignatureException", null);
	}

	@Test
	void unknownAndInactiveKeysAreUnrecognizedClients() {
		ApiAccount account = newApiAccount("Inactive");

		assertThatThrownBy(() -> directory("AKIAUNKNOWNKEY000000", "whatever-secret").describeDirectories())
			.isInstanceOfSatisfying(DirectoryException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("The security token included in the request is invalid.");
			});

		this.accessKeys.updateStatus(admin(account), "admin", account.accessKeyId(), AccessKey.Status.Inactive);
		assertThatThrownBy(() -> directory(account).describeDirectories()).isInstanceOfSatisfying(
				DirectoryException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));

		this.accessKeys.updateStatus(admin(account), "admin", account.accessKeyId(), AccessKey.Status.Active);
		assertThatThrownBy(() -> organizations(account).describeOrganization())
			.isInstanceOfSatisfying(OrganizationsException.class, (ex) -> assertThat(ex.awsErrorDetails().errorCode())
				.isEqualTo("AWSOrganizationsNotInUseException"));
	}

	@Test
	void everyApiCallIsOneLogLineWithoutSecretsOrNotes(CapturedOutput output) {
		ApiAccount owner = newApiAccount("Logged owner");
		ApiAccount partner = newApiAccount("Logged partner");
		String directoryId = activeDirectory(directory(owner), "Standard");
		String note = "private-note-" + Ids.random("abcdefgh", 8);

		directory(owner).shareDirectory((r) -> r.directoryId(directoryId).shareMethod("HANDSHAKE").shareNotes(note)
			.shareTarget((t) -> t.id(partner.id()).type("ACCOUNT")));
		assertThatThrownBy(() -> directory(owner).createMicrosoftAD((r) -> r.name("log.example.com").password("weak")
			.vpcSettings(ApiIntegrationTest::vpc))).isInstanceOf(DirectoryException.class);
		assertThatThrownBy(() -> directory(owner.accessKeyId(), "not-the-secret").describeDirectories())
			.isInstanceOf(DirectoryException.class);

		assertThat(output.getAll()).containsPattern("api ds:ShareDirectory account=" + owner.id() + " status=200 error=- \\d+ ms")
			.containsPattern("api ds:CreateMicrosoftAD account=" + owner.id()
					+ " status=400 error=InvalidParameterException \\d+ ms")
			.containsPattern("api ds:DescribeDirectories account=- status=400 error=InvalidSignatureException \\d+ ms")
			.doesNotContain(note)
			.doesNotContain("weak")
			.doesNotContain(owner.secretAccessKey());
	}

	@Test
	void anUnknownTargetIsAnUnknownOperation() {
		ApiAccount account = newApiAccount("Unknown op");

		assertError(send(account, "organizations", "us-east-1", "AWSOrganizationsV20161128.MakeCoffee", "{}", Instant.now()),
				"UnknownOperationException", "Operation AWSOrganizationsV20161128.MakeCoffee is not supported by this endpoint.");
		assertError(send(account, "ds", "us-east-1", "SomethingElse_2020.Describe", "{}", Instant.now()),
				"UnknownOperationException", null);
	}

	@Test
	void malformedJsonIsASerializationException() {
		ApiAccount account = newApiAccount("Malformed");
		organization(account);

		assertError(send(account, "organizations", "us-east-1", LIST_SERVICE_ACCESS, "{\"MaxResults\": ", Instant.now()),
				"SerializationException", null);
		assertError(send(account, "organizations", "us-east-1", LIST_SERVICE_ACCESS, "[1, 2]", Instant.now()),
				"SerializationException", null);
		assertError(send(account, "organizations", "us-east-1", LIST_SERVICE_ACCESS, "{\"MaxResults\": {\"a\": 1}}",
				Instant.now()), "SerializationException", null);
	}

	@Test
	void errorsCarryExtraMembersSuchAsReason() {
		ApiAccount management = newApiAccount("Reason member");
		organization(management);

		HttpResponse<String> response = send(management, "organizations", "us-east-1", LIST_SERVICE_ACCESS,
				"{\"MaxResults\": 50}", Instant.now());

		assertError(response, "InvalidInputException", "1 validation error detected");
		assertThat(json(response).get("Reason").asString()).isEqualTo("MAX_VALUE_EXCEEDED");
	}

	@Test
	void aDirectoryServiceScopeNeedsAKnownRegion() {
		ApiAccount account = newApiAccount("Bad region");

		assertError(send(account, "ds", "mars-north-1", "DirectoryService_20150416.DescribeDirectories", "{}",
				Instant.now()), "InvalidSignatureException", "Credential should be scoped to a valid region");
	}

	@Test
	void thePortalKeepsItsOwnRequests() throws Exception {
		HttpResponse<String> home = this.http.send(HttpRequest.newBuilder(endpoint().resolve("/")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/signin");

		HttpResponse<String> signIn = this.http.send(HttpRequest.newBuilder(endpoint().resolve("/signin")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(200);

		// A target header elsewhere than the API endpoint does not bypass the portal's sign-in or CSRF.
		HttpResponse<String> elsewhere = this.http.send(HttpRequest.newBuilder(endpoint().resolve("/iam/users"))
			.header("X-Amz-Target", DESCRIBE_ORGANIZATION)
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(elsewhere.statusCode()).isIn(302, 403);
	}

	private void assertError(HttpResponse<String> response, String errorCode, String messagePart) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(errorCode);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
		String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
		JsonNode body = json(response);
		assertThat(body.get("__type").asString()).isEqualTo(errorCode);
		assertThat(body.get("RequestId").asString()).isEqualTo(requestId);
		if (messagePart != null) {
			assertThat(body.get("Message").asString()).contains(messagePart);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		return ApiJson.MAPPER.readTree(response.body());
	}

	private HttpResponse<String> send(ApiAccount account, String service, String region, String target, String body,
			Instant signedAt) {
		return send(account, service, region, target, body, signedAt, body);
	}

	/** Signs {@code signedBody} with the SDK's signer, then sends {@code sentBody} with those headers. */
	private HttpResponse<String> send(ApiAccount account, String service, String region, String target,
			String signedBody, Instant signedAt, String sentBody) {
		URI uri = endpoint().resolve("/");
		SdkHttpRequest request = SdkHttpRequest.builder()
			.method(SdkHttpMethod.POST)
			.uri(uri)
			.putHeader("Host", uri.getHost() + ":" + uri.getPort())
			.putHeader("Content-Type", "application/x-amz-json-1.1")
			.putHeader("X-Amz-Target", target)
			.build();
		SignedRequest signed = AwsV4HttpSigner.create()
			.sign((signing) -> signing.identity(AwsCredentialsIdentity.create(account.accessKeyId(), account.secretAccessKey()))
				.request(request)
				.payload(ContentStreamProvider.fromUtf8String(signedBody))
				.putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
				.putProperty(AwsV4HttpSigner.REGION_NAME, region)
				.putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		signed.request().headers().forEach((name, values) -> {
			if (!Set.of("host", "content-length").contains(name.toLowerCase())) {
				headers.put(name, values.get(0));
			}
		});
		return sendRaw(target, sentBody, headers);
	}

	private HttpResponse<String> sendRaw(String target, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint().resolve("/"))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (!headers.containsKey("X-Amz-Target")) {
			request.header("X-Amz-Target", target);
		}
		if (!headers.containsKey("Content-Type")) {
			request.header("Content-Type", "application/x-amz-json-1.1");
		}
		headers.forEach(request::header);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}

}
