package io.dirshare.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The controls for test suites over HTTP, as a CI job calls them with curl (README: "Controls for test
 * suites"), with the token of application-test.properties.
 */
public final class TestControls {

	public static final String TOKEN = "test-controls-token";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final URI endpoint;

	public TestControls(URI endpoint) {
		this.endpoint = endpoint;
	}

	public record Answer(int status, String body) {

	}

	public Answer get(String path) {
		return send(request(path).GET());
	}

	public Answer post(String path, String body) {
		return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Answer put(String path, String body) {
		return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Sends the request with the given headers only (no token unless among them). */
	public Answer send(String method, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint.resolve(path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** Settles every transient state now; fails the test unless the control answered 200. */
	public void settle() {
		ok(post("/_dirshare/settle", ""));
	}

	public static Answer ok(Answer answer) {
		if (answer.status() != 200) {
			throw new AssertionError("The test control answered " + answer.status() + ": " + answer.body());
		}
		return answer;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.endpoint.resolve(path))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json");
	}

	private static Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
