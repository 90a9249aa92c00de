package io.dirshare.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP against a running portal, with a cookie jar (so the session
 * follows it) and the CSRF token read from the page, as a browser would post a form. The jar can be
 * pointed at another instance ({@link #on}), like a user whose requests a load balancer spreads.
 */
public final class HttpPortal {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	private final Map<String, String> cookies;

	public HttpPortal(URI base) {
		this(base, new ConcurrentHashMap<>());
	}

	private HttpPortal(URI base, Map<String, String> cookies) {
		this.base = base;
		this.cookies = cookies;
	}

	public static HttpPortal at(int port) {
		return new HttpPortal(URI.create("http://localhost:" + port));
	}

	/** The same cookie jar, sending its requests to another instance. */
	public HttpPortal on(int port) {
		return new HttpPortal(URI.create("http://localhost:" + port), this.cookies);
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	/** Posts a form with the CSRF token of the page {@code formPage} (read first, on this instance). */
	public HttpResponse<String> postForm(String formPage, String path, Map<String, String> fields) {
		HttpResponse<String> page = get(formPage);
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new AssertionError("No CSRF token on " + formPage + " (HTTP " + page.statusCode() + ")");
		}
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf.group(1));
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in through the sign-in form; the answer is the redirect (to / when it worked). */
	public HttpResponse<String> signIn(String account, String userName, String password) {
		return postForm("/signin", "/signin", Map.of("account", account, "username", userName, "password", password));
	}

	public HttpResponse<String> signOut() {
		return postForm("/", "/signout", Map.of());
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(30));
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", this.cookies.entrySet()
				.stream()
				.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		String[] parts = setCookie.split(";");
		int equals = parts[0].indexOf('=');
		String name = parts[0].substring(0, equals).trim();
		String value = parts[0].substring(equals + 1).trim();
		boolean expired = value.isEmpty();
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].trim().equalsIgnoreCase("Max-Age=0")) {
				expired = true;
			}
		}
		if (expired) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
