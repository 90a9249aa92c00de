package io.dirshare.ops;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Ids;
import io.dirshare.identity.AccessKeyService;
import io.dirshare.identity.Account;
import io.dirshare.test.HttpPortal;
import io.dirshare.test.TestAccounts;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.DirectoryStage;
import software.amazon.awssdk.services.directory.model.ServiceException;
import software.amazon.awssdk.services.directory.model.ShareMethod;
import software.amazon.awssdk.services.directory.model.SharedDirectory;
import software.amazon.awssdk.services.directory.model.TargetType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * While the database is away every answer comes within 5 seconds: the API's AWS-shaped
 * {@code ServiceException} (the SigV4 key lookup fails first), the portal's "temporarily unavailable"
 * page in the layout with HTTP 503 (whether the session store, a filter or a controller failed), and
 * readiness DOWN. Afterwards everything recovers by itself, the session included, and a change cut off
 * in the middle left nothing behind. The pool's connection timeout is the production setting (2 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dirshare.directories.creation-delay=0s", "dirshare.jobs.poll-interval-ms=200" })
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestAccounts.class, DatabaseOutageIntegrationTests.Switch.class })
@DirtiesContext
class DatabaseOutageIntegrationTests {

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

	@TestConfiguration(proxyBeanMethods = false)
	static class Switch {

		@Bean
		static DatabaseSwitch databaseSwitch() {
			return new DatabaseSwitch();
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	DatabaseSwitch database;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccessKeyService accessKeys;

	@Autowired
	AuditTrail audit;

	Account account;

	HttpPortal browser;

	DirectoryClient api;

	@BeforeEach
	void signInAndMakeAnAccessKey() {
		this.account = this.testAccounts.newAccount("Outage Test");
		this.browser = HttpPortal.at(this.port);
		assertThat(this.browser.signIn(this.account.id(), "admin", TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		AccessKeyService.NewAccessKey key = this.accessKeys.create(this.testAccounts.admin(this.account), "admin");
		this.api = DirectoryClient.builder()
			.endpointOverride(URI.create("http://localhost:" + this.port))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(key.key().accessKeyId(), key.secretAccessKey())))
			// One attempt each: the SDK would retry a ServiceException (HTTP 500) three times.
			.overrideConfiguration((client) -> client.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.httpClientBuilder(ApacheHttpClient.builder())
			.build();
	}

	@AfterEach
	void switchBackOn() {
		this.database.on();
		this.api.close();
		awaitReadiness();
	}

	@Test
	void whileTheDatabaseIsAwayEveryAnswerComesQuicklyAndReadinessIsDownThenAllRecovers() {
		this.database.off();

		ServiceException apiFailure = within(() -> catchThrowableOfType(ServiceException.class,
				() -> this.api.describeDirectories((request) -> { })));
		assertThat(apiFailure.statusCode()).isEqualTo(500);
		assertThat(apiFailure.awsErrorDetails().errorCode()).isEqualTo("ServiceException");
		assertThat(apiFailure.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amzn-ErrorType"))
			.hasValue("ServiceException");
		assertThat(apiFailure.awsErrorDetails().rawResponse().asUtf8String())
			.startsWith("{\"__type\":\"ServiceException\",\"Message\":\"");

		expectUnavailablePage(within(() -> this.browser.get("/")));
		expectUnavailablePage(within(() -> HttpPortal.at(this.port).get("/signin")));
		HttpResponse<String> htmx = within(() -> this.browser.get("/directories", "HX-Request", "true"));
		assertThat(htmx.statusCode()).isEqualTo(503);
		assertThat(htmx.headers().firstValue("HX-Retarget")).hasValue("#flash");
		assertThat(htmx.body()).contains("ServiceUnavailable").doesNotContain("<html");

		// Probes come without the session cookie.
		HttpPortal probe = HttpPortal.at(this.port);
		HttpResponse<String> readiness = within(() -> probe.get("/actuator/health/readiness"));
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
		assertThat(within(() -> probe.get("/actuator/health/liveness")).statusCode()).isEqualTo(200);

		this.database.on();

		awaitReadiness();
		HttpResponse<String> dashboard = this.browser.get("/");
		assertThat(dashboard.statusCode()).as("the session outlived the outage").isEqualTo(200);
		assertThat(dashboard.body()).contains(this.account.id());
		assertThat(this.api.describeDirectories((request) -> { }).directoryDescriptions()).isEmpty();
	}

	@Test
	void aFailureInAFilterOrAControllerShowsTheUnavailablePage() {
		// CurrentPrincipalFilter reads the user on every request, before any controller.
		this.database.offAtNext((sql) -> sql.contains("iam_user"));
		expectUnavailablePage(within(() -> this.browser.get("/")));
		this.database.on();
		assertThat(this.browser.get("/").statusCode()).isEqualTo(200);

		this.database.offAtNext((sql) -> sql.contains("audit_event"));
		expectUnavailablePage(within(() -> this.browser.get("/events")));
		this.database.on();
		assertThat(this.browser.get("/events").statusCode()).isEqualTo(200);
	}

	@Test
	void aShareCutOffBetweenItsRowAndItsAuditEventLeavesNeither() {
		String directoryId = this.api.createMicrosoftAD((request) -> request.name("outage" + Ids.random("abcdefgh", 6) + ".example.com")
			.password("Valid-Passw0rd")
			.edition("Standard")
			.vpcSettings((vpc) -> vpc.vpcId("vpc-12345678").subnetIds("subnet-11111111", "subnet-22222222")))
			.directoryId();
		awaitActive(directoryId);
		String target = this.testAccounts.newAccount("Outage Target").id();

		// The share's row is inserted, then its audit event in the same transaction: the database goes there.
		this.database.offAtNext((sql) -> sql.startsWith("INSERT") && sql.contains("audit_event"));
		ServiceException cutOff = within(() -> catchThrowableOfType(ServiceException.class, () -> share(directoryId, target)));
		assertThat(cutOff.statusCode()).isEqualTo(500);
		this.database.on();

		assertThat(sharesOf(directoryId)).isEmpty();
		assertThat(this.audit.page(this.testAccounts.admin(this.account), "ds:ShareDirectory", Outcome.Success, 1).items())
			.isEmpty();
		// Nothing is left locked either: the same share goes through at once.
		String sharedDirectoryId = within(() -> share(directoryId, target));
		assertThat(sharesOf(directoryId)).extracting(SharedDirectory::sharedDirectoryId).containsExactly(sharedDirectoryId);
	}

	private String share(String directoryId, String target) {
		return this.api.shareDirectory((request) -> request.directoryId(directoryId)
			.shareMethod(ShareMethod.HANDSHAKE)
			.shareTarget((to) -> to.id(target).type(TargetType.ACCOUNT))).sharedDirectoryId();
	}

	private List<SharedDirectory> sharesOf(String directoryId) {
		return this.api.describeSharedDirectories((request) -> request.ownerDirectoryId(directoryId)).sharedDirectories();
	}

	private static void expectUnavailablePage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(response.body()).contains("<title>Temporarily unavailable · dirshare</title>")
			.contains("class=\"topbar\"")
			.contains("ServiceUnavailable")
			.doesNotContain("Sign out");
	}

	/** Runs the call and checks that its answer came within {@link #ANSWER_WITHIN}. */
	private static <T> T within(Supplier<T> call) {
		long started = System.nanoTime();
		T answer = call.get();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(took).as("answer time").isLessThan(ANSWER_WITHIN);
		return answer;
	}

	private void awaitReadiness() {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		HttpPortal probe = HttpPortal.at(this.port);
		while (probe.get("/actuator/health/readiness").statusCode() != 200) {
			assertThat(System.nanoTime()).as("readiness back within 15 s").isLessThan(deadline);
			pause();
		}
	}

	private void awaitActive(String directoryId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (this.api.describeDirectories((request) -> request.directoryIds(directoryId))
			.directoryDescriptions()
			.get(0)
			.stage() != DirectoryStage.ACTIVE) {
			assertThat(System.nanoTime()).as("directory Active within 15 s").isLessThan(deadline);
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
