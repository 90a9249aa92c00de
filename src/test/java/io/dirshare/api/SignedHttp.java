package io.dirshare.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests to the API as the SDKs sign them (the AWS SDK's own SigV4 signer) but with any body, so a test
 * can send what no SDK would: members of the wrong type, values the model refuses, and read the raw
 * answer.
 */
final class SignedHttp {

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI endpoint;

	SignedHttp(URI endpoint) {
		this.endpoint = endpoint;
	}

	/** A JSON-protocol call: {@code X-Amz-Target} and a JSON body. */
	HttpResponse<String> json(String accessKeyId, String secretAccessKey, String signingName, String region,
			String target, String body) {
		SdkHttpRequest request = base("application/x-amz-json-1.1").putHeader("X-Amz-Target", target).build();
		return send(sign(request, accessKeyId, secretAccessKey, signingName, region, body), body);
	}

	/** A query-protocol call (STS): a form-encoded body. */
	HttpResponse<String> query(String accessKeyId, String secretAccessKey, String form) {
		SdkHttpRequest request = base("application/x-www-form-urlencoded; charset=utf-8").build();
		return send(sign(request, accessKeyId, secretAccessKey, "sts", "us-east-1", form), form);
	}

	private SdkHttpRequest.Builder base(String contentType) {
		URI uri = this.endpoint.resolve("/");
		return SdkHttpRequest.builder()
			.method(SdkHttpMethod.POST)
			.uri(uri)
			.putHeader("Host", uri.getHost() + ":" + uri.getPort())
			.putHeader("Content-Type", contentType);
	}

	private static SdkHttpRequest sign(SdkHttpRequest request, String accessKeyId, String secretAccessKey,
			String signingName, String region, String body) {
		SignedRequest signed = AwsV4HttpSigner.create()
			.sign((signing) -> signing.identity(AwsCredentialsIdentity.create(accessKeyId, secretAccessKey))
				.request(request)
				.payload(ContentStreamProvider.fromUtf8String(body))
				.putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, signingName)
				.putProperty(AwsV4HttpSigner.REGION_NAME, region));
		return signed.request();
	}

	private HttpResponse<String> send(SdkHttpRequest signed, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint.resolve("/"))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		signed.headers().forEach((name, values) -> {
			if (!Set.of("host", "content-length").contains(name.toLowerCase())) {
				request.header(name, values.get(0));
			}
		});
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

}
