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
import io.dirshare.test.Generator;
import io.dirshare.test.SeededProperty;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.dirshare.test.Generator.chars;
import static io.dirshare.test.Generator.weight;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test of the portal's forms over real HTTP, signed in as an account's administrator and with
 * a valid CSRF token, as a hostile user with a browser's powers would send them: every form of the
 * portal, with the fixture's real IDs or made-up ones in the path, fields with plausible, odd or missing
 * values, repeated and extra fields (an attempt to bind what the form does not offer), as plain posts and
 * as htmx requests. The answer is never a 5xx, and a refused post (an error status, or the form or the
 * page it leads to showing an error) changes no row. Fixed seed and number of tries ({@link SeededProperty}).
 */
class PortalFuzzTests {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([a-z]+)}");

	/** Fields no form offers, some of them names of the objects' own properties. */
	private static final List<String> EXTRA_FIELDS = List.of("id", "accountId", "userName", "permissionSet",
			"version", "passwordHash", "class.module.classLoader", "_method", "page", "returnTo");

	/** ASCII with its control characters, Latin letters, some CJK, a right-to-left override, a BOM. */
	private static final String ODD_CHARS = chars('\u0000', '\u007f') + chars('\u00a0', '\u024f')
			+ chars('\u4e00', '\u4e10') + "\u0130\u202e\ufeff";

	private static final String LOWERCASE = chars('a', 'z');

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

	private final SeededProperty property = new SeededProperty("PortalFuzzTests", 20261130L, 1000);

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
			new Form("/iam/users/{user}/policies", List.of("policyArn")),
			new Form("/iam/users/{user}/policies/detach", List.of("policyArn")),
			new Form("/iam/policies", List.of("policyName", "description", "document")),
			new Form("/iam/policies/customer/{policy}/versions", List.of("document", "setAsDefault")),
			new Form("/iam/policies/customer/{policy}/versions/{version}/default", List.of()),
			new Form("/iam/policies/customer/{policy}/versions/{version}/delete", List.of()),
			new Form("/iam/policies/customer/{policy}/delete", List.of()),
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

	@BeforeAll
	static void signIn() throws Exception {
		target = FuzzTarget.get();
		fixture = target.newFixture();
		signInAgain();
	}

	@Test
	void everyRefusedPostChangesNothing() {
		this.property.forAll(this::post, this::sendAndCheck);
	}

	private void sendAndCheck(Post post) throws Exception {
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

		this.property.collect("form", post.template());
		this.property.collect("answer", response.statusCode());
		assertThat(response.statusCode()).as("%s -> %s", post, response.body()).isLessThan(500);
		boolean refused = response.statusCode() >= 400 || response.body().contains(ERROR_ALERT)
				|| after.contains(ERROR_ALERT);
		if (refused) {
			assertThat(target.rowCounts()).as("rows after refused %s", post).isEqualTo(before);
		}
	}

	/** Any form, its path and fields generated, with the CSRF token; from htmx one time in three. */
	private Post post(Generator gen) {
		Form form = gen.pick(FORMS);
		String path = path(gen, form.path());
		List<Map.Entry<String, String>> fields = new ArrayList<>(fields(gen, form.fields()));
		fields.add(Map.entry("_csrf", "{csrf}"));
		return new Post(form.path(), "POST", path, fields, gen.pick(false, false, true));
	}

	/** The path with each variable the fixture's real value, another account's, or made up. */
	private static String path(Generator gen, String template) {
		String path = template;
		Matcher variables = PATH_VARIABLE.matcher(template);
		while (variables.find()) {
			path = path.replace(variables.group(), encodePathSegment(pathValue(gen, variables.group(1))));
		}
		return path;
	}

	/** A plausible value 4 times in 5, odd text otherwise. */
	private static String pathValue(Generator gen, String variable) {
		return gen.frequencyOf(weight(4, () -> switch (variable) {
			case "user" -> gen.pick(fixture.otherUserName(), "nobody", "jane");
			case "key" -> gen.pick(fixture.accessKeyId(), "AKIA0000000000000000", "akia");
			case "directory" -> gen.pick(fixture.directoryId(), fixture.sharedDirectoryId(), "d-0000000000");
			case "shared" -> gen.pick(fixture.sharedDirectoryId(), fixture.directoryId(), "d-9999999999");
			case "handshake" -> gen.pick(fixture.handshakeId(), "h-0000000000");
			case "account" -> gen.pick(fixture.memberId(), fixture.outsiderId(), fixture.managementId(),
					"000000000000");
			case "policy" -> gen.pick("Fuzzed", "NoSuchPolicy", "ReadOnlyAccess");
			case "version" -> gen.pick("v1", "v2", "v9", "V1");
			case "region" -> gen.pick("us-west-2", "us-east-1", "eu-west-1", "xx-nowhere-1");
			default -> "x";
		}), weight(1, () -> odd(gen)));
	}

	/** Some of the form's fields (each plausible, odd or empty, sometimes twice) and perhaps fields it lacks. */
	private static List<Map.Entry<String, String>> fields(Generator gen, List<String> fields) {
		List<String> chosen = gen.subsetOf(fields);
		List<String> names = new ArrayList<>(chosen);
		names.addAll(gen.listOf(2, () -> gen.pick(EXTRA_FIELDS)));
		boolean twice = gen.pick(0, 0, 0, 1) == 1;
		if (twice && !chosen.isEmpty()) {
			names.add(chosen.get(0));
		}
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		for (String name : names) {
			entries.add(Map.entry(name, fieldValue(gen, name)));
		}
		return entries;
	}

	/** A plausible value 4 times in 5, odd text otherwise. */
	private static String fieldValue(Generator gen, String field) {
		return gen.frequencyOf(weight(4, () -> plausibleFieldValue(gen, field)), weight(1, () -> odd(gen)));
	}

	private static String plausibleFieldValue(Generator gen, String field) {
		return switch (field) {
			case "userName" -> gen.pick("jane", "bob.smith@corp", "admin", fixture.otherUserName(), "");
			case "password", "newPassword", "confirmPassword" -> gen.pick(TestAccounts.PASSWORD, "Valid-Passw0rd",
					"short", "x".repeat(129));
			case "permissionSet" -> gen.pick("ReadOnlyAccess", "AdministratorAccess", "DirectoryServiceFullAccess",
					"OrganizationsFullAccess", "Root");
			case "policyArn" -> gen.pick("arn:aws:iam::aws:policy/ReadOnlyAccess",
					"arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/NoSuchPolicy",
					"arn:aws:iam::" + fixture.managementId() + ":policy/Fuzzed", "");
			case "policyName" -> gen.pick("Fuzzed", "Lab-Only", "", "bad name", "x".repeat(129));
			case "document" -> gen.pick("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
					+ "\"Action\":\"ds:Describe*\",\"Resource\":\"*\"}]}", "{", "", "{\"Statement\":[]}");
			case "setAsDefault" -> gen.pick("true", "false", "maybe");
			case "region" -> gen.pick("us-west-2", "eu-west-1", "us-east-1", "cn-northwest-1", "mars-1");
			case "returnTo" -> gen.pick("/", "/iam/users", "//evil.example", "https://evil.example", "/events?page=2");
			case "name" -> gen.string(LOWERCASE, 1, 10) + ".example.com";
			case "shortName" -> gen.pick("CORP", "", "corp_1");
			case "edition" -> gen.pick("Standard", "Enterprise", "Premium");
			case "description", "notes" -> gen.pick("A note", "<script>alert(1)</script>", "x".repeat(1100));
			case "action" -> gen.pick("method", "add", "share", "review", "");
			case "remove", "targets", "candidateAccountIds", "organizationAccount", "target", "accountId" ->
				gen.pick(fixture.memberId(), fixture.outsiderId(), fixture.managementId(), "000000000000",
						fixture.memberId() + "," + fixture.outsiderId(), "someone@example.com");
			case "method" -> gen.pick("HANDSHAKE", "ORGANIZATIONS", "handshake");
			case "enableTrustedAccess", "showDisable" -> gen.pick("true", "false", "on", "yes");
			case "confirmation" -> gen.pick("disable", "DISABLE", "");
			case "sharedDirectoryId" -> gen.pick(fixture.sharedDirectoryId(), fixture.directoryId(), "d-0000000000");
			case "accountName" -> gen.pick("New Account", "", "x".repeat(60));
			case "email" -> gen.string(LOWERCASE, 1, 8) + "@fuzz.example.com";
			case "featureSet" -> gen.pick("ALL", "CONSOLIDATED_BILLING", "NONE");
			case "handshakeId" -> gen.pick(fixture.handshakeId(), "h-0000000000");
			case "page" -> gen.pick("1", "2147483647", "-1", "x");
			default -> gen.pick("1", "true", "AdministratorAccess", "");
		};
	}

	/** Text that no form expects: control characters, other scripts, markup, very long. */
	private static String odd(Generator gen) {
		return gen.oneOf(() -> gen.string(ODD_CHARS, 0, 30),
				() -> gen.pick("\ud83d\ude00", "../../etc", "%2e%2e", "${7*7}", "' OR 1=1 --", "\u0130".repeat(40)),
				() -> gen.string(LOWERCASE, 300, 3000));
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
