package io.dirshare.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dirshare.audit.AuditEvent;
import io.dirshare.audit.AuditTrail;
import io.dirshare.test.TestAccounts;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client address and scheme come from {@code X-Forwarded-For} / {@code X-Forwarded-Proto} only when
 * a configured trusted proxy sends them (Tomcat's remote IP valve); by default nobody is trusted, so a
 * client cannot choose the address its failures count against or that the event history shows. Real
 * HTTP, as the valve sits in Tomcat, in front of everything MockMvc could reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestAccounts.class })
class ForwardedHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final Pattern COOKIE = Pattern.compile("^([^=;]+=[^;]*)");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditTrail audit;

	@Test
	void forwardedHeadersOfAnUntrustedClientAreIgnored() throws Exception {
		Account account = this.testAccounts.newAccount("Untrusted Forwarded Test");

		HttpResponse<String> refused = failedSignIn(account, "X-Forwarded-For", "203.0.113.9", "Forwarded",
				"for=203.0.113.9;proto=https", "X-Forwarded-Proto", "https");

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(signInEvents(account)).singleElement()
			.extracting(AuditEvent::sourceAddress)
			.isEqualTo("127.0.0.1");
		assertThat(refused.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.contains("Secure"));
	}

	@Nested
	@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
	class BehindATrustedProxy {

		@Test
		void theProxysForwardedForIsTheClientAddress() throws Exception {
			Account account = testAccounts.newAccount("Trusted Forwarded Test");

			failedSignIn(account, "X-Forwarded-For", "203.0.113.9");

			assertThat(signInEvents(account)).singleElement()
				.extracting(AuditEvent::sourceAddress)
				.isEqualTo("203.0.113.9");
		}

		@Test
		void theSessionCookieIsSecureWhenTheProxyReceivedHttps() throws Exception {
			HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/signin")).header("X-Forwarded-Proto", "https"));

			assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().allMatch((cookie) -> cookie.contains("Secure"));
		}

	}

	private HttpResponse<String> failedSignIn(Account account, String... headers) throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/signin")).headers(headers));
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
		String form = "account=" + account.id() + "&username=admin&password=wrong-password&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(uri("/signin"))
			.headers(headers)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		page.headers().allValues("Set-Cookie").forEach((cookie) -> {
			Matcher pair = COOKIE.matcher(cookie);
			if (pair.find()) {
				post.header("Cookie", pair.group(1));
			}
		});
		return send(post);
	}

	private List<AuditEvent> signInEvents(Account account) {
		return this.audit.page(this.testAccounts.admin(account), IamAuthenticationProvider.SIGN_IN_EVENT, null, 1)
			.items();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
