package io.dirshare.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.dirshare.test.FuzzTarget;
import io.dirshare.test.TestAccounts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test of the portal's forms over real HTTP, signed in as an account's administrator and with
 * a valid CSRF token, as a hostile user with a browser's powers would send them: every form of the
 * portal, with the fixture's real IDs or made-up ones in the path, fields with plausible, odd or missing
 * values, repeated and extra fields (an attempt to bind what the form does not offer), as plain posts and
 * as htmx requests. The answer is never a 5xx, and a refused post (an error status, or the form or the
 * page it leads to showing an error) changes no row. Fixed seed and number of tries.
 */
class PortalFuzzTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final String ERROR_ALERT = "alert alert-error";

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static FuzzTarget target;

	private static FuzzTarget.Fixture fixture;

	private static final Map<String, String> cookies = new ConcurrentHashMap<>();

	private static String csrfToken;

	/** A form: its path template ({@code {directory}}, {@code {user}}, ...) and its fields. */
	record Form(String path, List<String> fields) {

	}

	/** One post: the path with its variables filled in, the fields, and whether it comes from htmx. */
	record Post(String template, String method, String path, List<Map.Entry<String, String>> fields, boolean htmx) {

		String form() {
			return this.fields.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
		}

		@Override
		public String toString() {
			String body = form();
			return this.method + " " + this.path + (this.htmx ? " (htmx) " : " ")
					+ ((body.length() <= 400) ? body : body.substring(0, 400) + "...");
		}

	}

	private static final List<Form> FORMS = List.of(
			new Form("/iam/users", List.of("userName", "password", "permissionSet")),
			new Form("/iam/users/{user}/password", List.of("newPassword")),
			new Form("/iam/users/{user}/permission-set", List.of("permissionSet")),
			new Form("/iam/users/{user}/delete", List.of()),
			new Form("/iam/users/{user}/sessions/end", List.of()),
			new Form("/iam/users/{user}/access-keys", List.of()),
			new Form("/iam/users/{user}/access-keys/{key}/deactivate", List.of()),
			new Form("/iam/users/{user}/access-keys/{key}/activate", List.of()),
			new Form("/iam/users/{user}/access-keys/{key}/delete", List.of()),
			new Form("/region", List.of("region", "returnTo")),
			new Form("/directories",
					List.of("name", "shortName", "edition", "password", "confirmPassword", "description")),
			new Form("/directories/{directory}/regions", List.of("region")),
			new Form("/directories/{directory}/regions/{region}/remove", List.of()),
			new Form("/directories/{directory}/delete", List.of()),
			new Form("/directories/{directory}/unshare-all-and-delete", List.of()),
			new Form("/directories/{directory}/share",
					List.of("action", "remove", "method", "targets", "candidateAccountIds", "organizationAccount",
							"notes", "enableTrustedAccess")),
			new Form("/directories/{directory}/unshare", List.of("sharedDirectoryId")),
			new Form("/shared-directories/{shared}/accept", List.of()),
			new Form("/shared-directories/{shared}/reject", List.of()),
			new Form("/shared-directories/{shared}/delete", List.of()),
			new Form("/organization/services/directory-service/enable", List.of()),
			new Form("/organization/services/directory-service/disable", List.of("showDisable", "confirmation")),
			new Form("/invitations/{handshake}/accept", List.of()),
			new Form("/invitations/{handshake}/decline", List.of()),
			new Form("/organization/invitations/{handshake}/cancel", List.of()),
			new Form("/organization/accounts/create", List.of("accountName", "email", "password")),
			new Form("/organization/accounts/invite", List.of("target", "notes")),
			new Form("/organization/accounts/{account}/remove", List.of()),
			new Form("/organization", List.of("featureSet")),
			new Form("/organization/enable-all-features", List.of()),
			new Form("/organization/enable-all-features/cancel", List.of("handshakeId")),
			new Form("/organization/leave", List.of()), new Form("/organization/delete", List.of()));

	@BeforeContainer
	static void signIn() throws Exception {
		target = FuzzTarget.get();
		fixture = target.newFixture();
		signInAgain();
	}

	@Property(tries = 1000, seed = "20261130", edgeCases = EdgeCasesMode.NONE)
	void everyRefusedPostChangesNothing(@ForAll("posts") Post post) throws Exception {
		TreeMap<String, Long> before = target.rowCounts();

		HttpResponse<String> response = send(post);
		String after = "";
		String location = localPath(response);
		if (response.statusCode() == 302 && location.endsWith("/signin")) {
			// The post ended this session (the user's own deletion, a changed password): sign in again.
			signInAgain();
		}
		else if (response.statusCode() == 302 && location.startsWith("/")) {
			// Refusals after a redirect show as the next page's error alert (a flash message).
			HttpResponse<String> next = send(new Post(location, "GET", location, List.of(), false));
			assertThat(next.statusCode()).as("%s, then GET %s", post, location).isLessThan(500);
			after = next.body();
		}

		Statistics.label("form").collect(post.template());
		Statistics.label("answer").collect(response.statusCode());
		assertThat(response.statusCode()).as("%s -> %s", post, response.body()).isLessThan(500);
		boolean refused = response.statusCode() >= 400 || response.body().contains(ERROR_ALERT)
				|| after.contains(ERROR_ALERT);
		if (refused) {
			assertThat(target.rowCounts()).as("rows after refused %s", post).isEqualTo(before);
		}
	}

	@Provide
	Arbitrary<Post> posts() {
		return Arbitraries.of(FORMS).flatMap((form) -> Combinators
			.combine(path(form.path()), fields(form.fields()), Arbitraries.of(false, false, true))
			.as((path, fields, htmx) -> {
				List<Map.Entry<String, String>> withToken = new ArrayList<>(fields);
				withToken.add(Map.entry("_csrf", "{csrf}"));
				return new Post(form.path(), "POST", path, withToken, htmx);
			}));
	}

	/** The path with each variable the fixture's real value, another account's, or made up. */
	private Arbitrary<String> path(String template) {
		Matcher variables = Pattern.compile("\\{([a-z]+)}").matcher(template);
		List<String> names = new ArrayList<>();
		while (variables.find()) {
			names.add(variables.group(1));
		}
		if (names.isEmpty()) {
			return Arbitraries.just(template);
		}
		List<Arbitrary<String>> values = names.stream().map(PortalFuzzTests::pathValue).toList();
		return Combinators.combine(values).as((chosen) -> {
			String path = template;
			for (int i = 0; i < names.size(); i++) {
				path = path.replace("{" + names.get(i) + "}", encodePathSegment(chosen.get(i)));
			}
			return path;
		});
	}

	private static Arbitrary<String> pathValue(String variable) {
		Arbitrary<String> plausible = switch (variable) {
			case "user" -> Arbitraries.of(fixture.otherUserName(), "nobody", "jane");
			case "key" -> Arbitraries.of(fixture.accessKeyId(), "AKIA0000000000000000", "akia");
			case "directory" -> Arbitraries.of(fixture.directoryId(), fixture.sharedDirectoryId(), "d-0000000000");
			case "shared" -> Arbitraries.of(fixture.sharedDirectoryId(), fixture.directoryId(), "d-9999999999");
			case "handshake" -> Arbitraries.of(fixture.handshakeId(), "h-0000000000");
			case "account" -> Arbitraries.of(fixture.memberId(), fixture.outsiderId(), fixture.managementId(),
					"000000000000");
			case "region" -> Arbitraries.of("us-west-2", "us-east-1", "eu-west-1", "xx-nowhere-1");
			default -> Arbitraries.just("x");
		};
		return Arbitraries.frequencyOf(Tuple.of(4, plausible), Tuple.of(1, odd()));
	}

	/** Some of the form's fields (each plausible, odd or empty, sometimes twice) and perhaps fields it lacks. */
	private static Arbitrary<List<Map.Entry<String, String>>> fields(List<String> fields) {
		Arbitrary<List<String>> names = Arbitraries.subsetOf(fields)
			.map(ArrayList::new)
			.flatMap((chosen) -> Arbitraries
				.of("id", "accountId", "userName", "permissionSet", "version", "passwordHash", "class.module.classLoader",
						"_method", "page", "returnTo")
				.list()
				.ofMaxSize(2)
				.flatMap((extra) -> Arbitraries.of(0, 0, 0, 1).map((twice) -> {
					List<String> all = new ArrayList<>(chosen);
					all.addAll(extra);
					if (twice == 1 && !chosen.isEmpty()) {
						all.add(chosen.get(0));
					}
					return all;
				})));
		return names.flatMap((chosen) -> {
			if (chosen.isEmpty()) {
				return Arbitraries.just(List.of());
			}
			List<Arbitrary<Map.Entry<String, String>>> values = chosen.stream()
				.map((name) -> fieldValue(name).map((value) -> Map.entry(name, value)))
				.toList();
			return Combinators.combine(values).as(List::copyOf);
		});
	}

	private static Arbitrary<String> fieldValue(String field) {
		Arbitrary<String> plausible = switch (field) {
			case "userName" -> Arbitraries.of("jane", "bob.smith@corp", "admin", fixture.otherUserName(), "");
			case "password", "newPassword", "confirmPassword" -> Arbitraries.of(TestAccounts.PASSWORD, "Valid-Passw0rd",
					"short", "x".repeat(129));
			case "permissionSet" -> Arbitraries.of("ReadOnlyAccess", "AdministratorAccess", "DirectoryServiceFullAccess",
					"OrganizationsFullAccess", "Root");
			case "region" -> Arbitraries.of("us-west-2", "eu-west-1", "us-east-1", "cn-northwest-1", "mars-1");
			case "returnTo" -> Arbitraries.of("/", "/iam/users", "//evil.example", "https://evil.example", "/events?page=2");
			case "name" -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
				.map((name) -> name + ".example.com");
			case "shortName" -> Arbitraries.of("CORP", "", "corp_1");
			case "edition" -> Arbitraries.of("Standard", "Enterprise", "Premium");
			case "description", "notes" -> Arbitraries.of("A note", "<script>alert(1)</script>", "x".repeat(1100));
			case "action" -> Arbitraries.of("method", "add", "share", "review", "");
			case "remove", "targets", "candidateAccountIds", "organizationAccount", "target", "accountId" ->
				Arbitraries.of(fixture.memberId(), fixture.outsiderId(), fixture.managementId(), "000000000000",
						fixture.memberId() + "," + fixture.outsiderId(), "someone@example.com");
			case "method" -> Arbitraries.of("HANDSHAKE", "ORGANIZATIONS", "handshake");
			case "enableTrustedAccess", "showDisable" -> Arbitraries.of("true", "false", "on", "yes");
			case "confirmation" -> Arbitraries.of("disable", "DISABLE", "");
			case "sharedDirectoryId" -> Arbitraries.of(fixture.sharedDirectoryId(), fixture.directoryId(), "d-0000000000");
			case "accountName" -> Arbitraries.of("New Account", "", "x".repeat(60));
			case "email" -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
				.map((local) -> local + "@fuzz.example.com");
			case "featureSet" -> Arbitraries.of("ALL", "CONSOLIDATED_BILLING", "NONE");
			case "handshakeId" -> Arbitraries.of(fixture.handshakeId(), "h-0000000000");
			case "page" -> Arbitraries.of("1", "2147483647", "-1", "x");
			default -> Arbitraries.of("1", "true", "AdministratorAccess", "");
		};
		return Arbitraries.frequencyOf(Tuple.of(4, plausible), Tuple.of(1, odd()));
	}

	/** Text that no form expects: control characters, other scripts, markup, very long. */
	private static Arbitrary<String> odd() {
		return Arbitraries.oneOf(
				Arbitraries.strings()
					.withCharRange('\u0000', '\u007f')
					.withCharRange('\u00a0', '\u024f')
					.withCharRange('\u4e00', '\u4e10')
					.withChars('\u0130', '\u202e', '\ufeff')
					.ofMaxLength(30),
				Arbitraries.of("\ud83d\ude00", "../../etc", "%2e%2e", "${7*7}", "' OR 1=1 --", "\u0130".repeat(40)),
				Arbitraries.strings().withCharRange('a', 'z').ofMinLength(300).ofMaxLength(3000));
	}

	private static HttpResponse<String> send(Post post) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + post.path()))
			.timeout(Duration.ofSeconds(30));
		if ("POST".equals(post.method())) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(post.form().replace(encode("{csrf}"), encode(csrfToken))));
		}
		else {
			request.GET();
		}
		if (post.htmx()) {
			request.header("HX-Request", "true");
		}
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		response.headers().allValues("Set-Cookie").forEach((cookie) -> {
			String pair = cookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			if (equals > 0) {
				cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		});
		return response;
	}

	private static void signInAgain() throws Exception {
		cookies.clear();
		csrfToken = token(send(new Post("/signin", "GET", "/signin", List.of(), false)));
		HttpResponse<String> signedIn = send(new Post("/signin", "POST", "/signin",
				List.of(Map.entry("account", fixture.managementId()), Map.entry("username", "admin"),
						Map.entry("password", TestAccounts.PASSWORD), Map.entry("_csrf", "{csrf}")),
				false));
		assertThat(localPath(signedIn)).as("sign-in").isEqualTo("/");
		csrfToken = token(send(new Post("/iam/users", "GET", "/iam/users", List.of(), false)));
	}

	/** The redirect's target on this site as a path, or empty. */
	private static String localPath(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElse("");
		String origin = "http://127.0.0.1:" + target.port();
		return location.startsWith(origin) ? location.substring(origin.length()) : location;
	}

	private static String token(HttpResponse<String> page) {
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF token on the page (HTTP %s)", page.statusCode()).isTrue();
		return csrf.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String encodePathSegment(String value) {
		return encode(value).replace("+", "%20");
	}

}
