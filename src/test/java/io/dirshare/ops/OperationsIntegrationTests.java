package io.dirshare.ops;

import java.net.URI;
import java.net.http.HttpResponse;

import io.dirshare.identity.AccessKeyService;
import io.dirshare.identity.Account;
import io.dirshare.test.HttpPortal;
import io.dirshare.test.TestAccounts;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.DescribeDirectoriesResponse;
import software.amazon.awssdk.services.directory.model.EntityDoesNotExistException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What operators rely on, over real HTTP: open health probes, the Prometheus endpoint behind its scrape
 * token with dirshare's own metrics, every other actuator endpoint closed, the session cookie's flags, and
 * one log line per request whose ID the AWS API answers with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "dirshare.metrics.scrape-token=test-scrape-token")
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestAccounts.class })
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccessKeyService accessKeys;

	@Test
	void healthProbesAnswerAnyone() {
		HttpPortal anonymous = HttpPortal.at(this.port);
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = anonymous.get(probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void prometheusAnswersOnlyTheScrapeTokenAndOtherActuatorEndpointsNobody() {
		HttpPortal anonymous = HttpPortal.at(this.port);
		assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/actuator/prometheus", "Authorization", "Bearer wrong-token").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/actuator/prometheus", "Authorization", "Bearer test-scrape-token").statusCode())
			.isEqualTo(200);
		for (String closed : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/sessions" }) {
			assertThat(anonymous.get(closed, "Authorization", "Bearer test-scrape-token").statusCode()).as(closed)
				.isEqualTo(401);
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		Account account = this.testAccounts.newAccount("Cookie Flags Test");
		HttpResponse<String> signIn = HttpPortal.at(this.port).signIn(account.id(), "admin", TestAccounts.PASSWORD);

		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/"));
		assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
			.contains("HttpOnly")
			.contains("SameSite=Lax"));
	}

	@Test
	void theApiAnswersWithTheRequestIdOfItsLogLine(CapturedOutput output) {
		try (DirectoryClient directory = directoryClient()) {
			DescribeDirectoriesResponse described = directory.describeDirectories((request) -> { });
			String requestId = described.responseMetadata().requestId();

			assertThat(requestId).matches("[0-9a-f-]{36}");
			// The request's line is written once the response has gone out, so the client may see the answer first.
			java.util.regex.Pattern line = java.util.regex.Pattern
				.compile("\\[" + requestId + "\\] .*io\\.dirshare\\.request\\s*: POST / 200 ");
			long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
			while (!line.matcher(output.getOut()).find() && System.nanoTime() < deadline) {
				sleep(20);
			}
			assertThat(output.getOut()).containsPattern(line);
		}
	}

	@Test
	void prometheusShowsApiCallsSignInsSharesAndThePool() {
		Account account = this.testAccounts.newAccount("Metrics Test");
		HttpPortal.at(this.port).signIn(account.id(), "admin", TestAccounts.PASSWORD);
		HttpPortal.at(this.port).signIn(account.id(), "admin", "wrong-password");
		try (DirectoryClient directory = directoryClient()) {
			directory.describeDirectories((request) -> { });
			assertThatExceptionOfType(EntityDoesNotExistException.class)
				.isThrownBy(() -> directory.describeDirectories((request) -> request.directoryIds("d-0000000000")));
		}

		String metrics = HttpPortal.at(this.port).get("/actuator/prometheus", "Authorization", "Bearer test-scrape-token").body();

		assertThat(metrics).containsPattern(
				"dirshare_api_calls_seconds_count\\{[^}]*operation=\"DescribeDirectories\",outcome=\"Success\",service=\"ds\"} \\d")
			.containsPattern("dirshare_api_calls_seconds_count\\{[^}]*operation=\"DescribeDirectories\","
					+ "outcome=\"EntityDoesNotExistException\",service=\"ds\"} \\d")
			.containsPattern("dirshare_sign_ins_total\\{[^}]*outcome=\"success\"} [1-9]")
			.containsPattern("dirshare_sign_ins_total\\{[^}]*outcome=\"failure\"} [1-9]")
			.contains("dirshare_sign_ins_total{application=\"dirshare\",outcome=\"locked\"}")
			.containsPattern("dirshare_shares\\{[^}]*status=\"Shared\"} \\d")
			.containsPattern("dirshare_sharing_settle_lag_seconds\\{[^}]*} \\d")
			.contains("hikaricp_connections_active{");
	}

	private DirectoryClient directoryClient() {
		Account account = this.testAccounts.newAccount("Request Id Test");
		AccessKeyService.NewAccessKey key = this.accessKeys.create(this.testAccounts.admin(account), "admin");
		return DirectoryClient.builder()
			.endpointOverride(URI.create("http://localhost:" + this.port))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(key.key().accessKeyId(), key.secretAccessKey())))
			.httpClientBuilder(ApacheHttpClient.builder())
			.build();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
