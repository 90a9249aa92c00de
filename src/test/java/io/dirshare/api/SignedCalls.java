package io.dirshare.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Sends any body to the API endpoint over plain HTTP, correctly signed with the AWS SDK's SigV4 signer
 * (so it passes authentication and reaches the operation): what a hostile client with a valid access
 * key can send, whatever its content type or bytes.
 */
final class SignedCalls {

	static final String JSON = "application/x-amz-json-1.1";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	private final String accessKeyId;

	private final String secretAccessKey;

	SignedCalls(URI endpoint, String accessKeyId, String secretAccessKey) {
		this.endpoint = endpoint.resolve("/");
		this.accessKeyId = accessKeyId;
		this.secretAccessKey = secretAccessKey;
	}

	/** The signing name and Region a target's service is signed for. */
	static String signingName(String target) {
		return target.startsWith("AWSOrganizations") ? "organizations" : "ds";
	}

	HttpResponse<String> send(String target, String contentType, byte[] body) {
		SdkHttpRequest request = SdkHttpRequest.builder()
			.method(SdkHttpMethod.POST)
			.uri(this.endpoint)
			.putHeader("Host", this.endpoint.getHost() + ":" + this.endpoint.getPort())
			.putHeader("Content-Type", contentType)
			.putHeader("X-Amz-Target", target)
			.build();
		SignedRequest signed = AwsV4HttpSigner.create()
			.sign((signing) -> signing.identity(AwsCredentialsIdentity.create(this.accessKeyId, this.secretAccessKey))
				.request(request)
				.payload(ContentStreamProvider.fromByteArray(body))
				.putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, signingName(target))
				.putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
		HttpRequest.Builder http = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		signed.request().headers().forEach((name, values) -> {
			if (!Set.of("host", "content-length").contains(name.toLowerCase())) {
				values.forEach((value) -> http.header(name, value));
			}
		});
		try {
			return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
