package io.dirshare.api;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.dirshare.core.Ids;
import io.dirshare.identity.AccessKeyService;
import io.dirshare.identity.Account;
import io.dirshare.core.Caller;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;
import io.dirshare.organizations.FeatureSet;
import io.dirshare.organizations.HandshakeService;
import io.dirshare.organizations.OrganizationService;
import io.dirshare.test.MockMvcSessionBridge;
import io.dirshare.test.TestAccounts;
import io.dirshare.test.TestControls;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.DirectoryStage;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port, driven by the real AWS SDK for Java v2 clients pointed at it with
 * an endpoint override and access keys made in dirshare, as a user's code would. Directories become
 * Active and shares settle after a second (the real background jobs, polled as Terraform polls), and a
 * Standard directory may be shared with 3 accounts, so the quota is reachable. Like every
 * {@code *IntegrationTests} class it shares the database with the others, so each test makes its own
 * accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dirshare.directories.creation-delay=1s", "dirshare.sharing.settle-delay=1s",
				"dirshare.sharing.standard-share-limit=3", "dirshare.jobs.poll-interval-ms=200",
				"dirshare.organizations.create-account-delay=1s" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestAccounts.class, MockMvcSessionBridge.class })
abstract class ApiIntegrationTest {

	/** An account with an access key of one of its users. */
	record ApiAccount(Account account, String userName, String accessKeyId, String secretAccessKey) {

		String id() {
			return this.account.id();
		}

	}

	static final String ADMIN_PASSWORD = "Valid-Passw0rd";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccessKeyService accessKeys;

	@Autowired
	IamUserService users;

	@Autowired
	OrganizationService organizationService;

	@Autowired
	HandshakeService handshakeService;

	private final List<SdkClient> clients = new ArrayList<>();

	@AfterEach
	void closeClients() {
		this.clients.forEach(SdkClient::close);
		this.clients.clear();
	}

	URI endpoint() {
		return URI.create("http://localhost:" + this.port);
	}

	/** A fresh standalone account whose {@code admin} has an access key. */
	ApiAccount newApiAccount(String name) {
		Account account = this.testAccounts.newAccount(name);
		return key(account, "admin");
	}

	/** A user of the account with the permission set, and an access key for it. */
	ApiAccount userWithKey(ApiAccount of, String userName, PermissionSet permissionSet) {
		this.users.create(admin(of), userName, "user-password-1", permissionSet);
		return key(of.account(), userName);
	}

	ApiAccount key(Account account, String userName) {
		AccessKeyService.NewAccessKey key = this.accessKeys.create(this.testAccounts.admin(account), userName);
		return new ApiAccount(account, userName, key.key().accessKeyId(), key.secretAccessKey());
	}

	Caller admin(ApiAccount account) {
		return this.testAccounts.admin(account.account());
	}

	/**
	 * Makes the first account the management account of a new organization with all features, and
	 * brings the others in by invitation (through the services the portal uses); trusted access stays off.
	 */
	String organization(ApiAccount management, ApiAccount... members) {
		String id = this.organizationService.createOrganization(admin(management), FeatureSet.ALL)
			.organization()
			.id();
		for (ApiAccount member : members) {
			String handshakeId = this.handshakeService.inviteAccount(admin(management), member.id(), null).id();
			this.handshakeService.acceptHandshake(admin(member), handshakeId);
		}
		return id;
	}

	DirectoryClient directory(ApiAccount account) {
		return directory(account, Region.US_EAST_1);
	}

	DirectoryClient directory(ApiAccount account, Region region) {
		return track(DirectoryClient.builder()
			.endpointOverride(endpoint())
			.region(region)
			.credentialsProvider(credentials(account.accessKeyId(), account.secretAccessKey()))
			.httpClientBuilder(ApacheHttpClient.builder())
			.build());
	}

	DirectoryClient directory(String accessKeyId, String secretAccessKey) {
		return track(DirectoryClient.builder()
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials(accessKeyId, secretAccessKey))
			.httpClientBuilder(ApacheHttpClient.builder())
			.build());
	}


	/** The controls for test suites of the app under test. */
	TestControls controls() {
		return new TestControls(endpoint());
	}

	/**
	 * A new directory of the owner in the client's Region, created through the API and made Active at once
	 * with the test controls' "settle now" rather than after its delay (tests that watch the delay pass
	 * poll on their own).
	 */
	String activeDirectory(DirectoryClient owner, String edition) {
		String directoryId = owner.createMicrosoftAD((request) -> request
			.name("corp" + Ids.random("abcdefghijklmnopqrstuvwxyz", 8) + ".example.com")
			.password(ADMIN_PASSWORD)
			.edition(edition)
			.vpcSettings(ApiIntegrationTest::vpc))
			.directoryId();
		controls().settle();
		awaitValue(() -> owner.describeDirectories((request) -> request.directoryIds(directoryId))
			.directoryDescriptions()
			.get(0)
			.stage(), DirectoryStage.ACTIVE);
		return directoryId;
	}

	/** VPC settings as the model wants them: a VPC and two subnets. */
	static void vpc(software.amazon.awssdk.services.directory.model.DirectoryVpcSettings.Builder vpc) {
		vpc.vpcId("vpc-12345678").subnetIds("subnet-11111111", "subnet-22222222");
	}

	/** Polls as Terraform does, every 200 ms for up to 15 seconds, until the value is the expected one. */
	static <T> T awaitValue(Supplier<T> read, T expected) {
		return await(read, (value) -> Objects.equals(value, expected), "" + expected);
	}

	static <T> T await(Supplier<T> read, Predicate<T> done, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		T value = read.get();
		while (!done.test(value)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited 15 s for " + what + "; last value: " + value);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			value = read.get();
		}
		return value;
	}

	OrganizationsClient organizations(ApiAccount account) {
		return track(OrganizationsClient.builder()
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials(account.accessKeyId(), account.secretAccessKey()))
			.httpClientBuilder(ApacheHttpClient.builder())
			.build());
	}

	private static StaticCredentialsProvider credentials(String accessKeyId, String secretAccessKey) {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
	}

	private <C extends SdkClient> C track(C client) {
		this.clients.add(client);
		return client;
	}

}
