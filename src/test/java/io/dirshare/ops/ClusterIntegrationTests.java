package io.dirshare.ops;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.dirshare.DirshareApplication;
import io.dirshare.core.Ids;
import io.dirshare.identity.AccessKeyService;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;
import io.dirshare.test.HttpPortal;
import io.dirshare.test.TestAccounts;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.DirectoryStage;
import software.amazon.awssdk.services.directory.model.ShareMethod;
import software.amazon.awssdk.services.directory.model.ShareStatus;
import software.amazon.awssdk.services.directory.model.SharedDirectory;
import software.amazon.awssdk.services.directory.model.TargetType;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several stateless instances on one MySQL database, as behind a load balancer: three application
 * contexts of the whole application on random ports (demo data off), driven over real HTTP. A session
 * started on one instance works on the others and ends everywhere at sign-out; a share accepted on an
 * instance that is then stopped still settles (another instance's job does it); fifty simultaneous
 * shares spread over the instances still end with exactly the quota of 25; five failed sign-ins spread
 * over the instances lock the user. Runs only on MySQL: instances in one JVM on its in-memory H2 database
 * would share more than separate processes do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "dirshare.test.db-url", matches = "jdbc:mysql:.*",
		disabledReason = "runs only on MySQL (DIRSHARE_TEST_MYSQL_URL): instances in one JVM on its in-memory H2 "
				+ "database are not separate processes on a database server")
class ClusterIntegrationTests {

	private static final Duration SETTLE_DELAY = Duration.ofSeconds(3);

	private final List<Instance> instances = new ArrayList<>();

	private final List<DirectoryClient> clients = new ArrayList<>();

	/** One instance of the application, as its own process would be. */
	record Instance(String name, ConfigurableApplicationContext context, int port) {

		<T> T bean(Class<T> type) {
			return this.context.getBean(type);
		}

		HttpPortal browser() {
			return HttpPortal.at(this.port);
		}

	}

	/** What a user's SDK needs: the account and an access key of its admin. */
	record ApiUser(Account account, String accessKeyId, String secretAccessKey) {
	}

	@BeforeAll
	void startInstances() {
		// One after another: the first one migrates (and on a fresh test run empties) the database.
		for (String name : List.of("a", "b", "c")) {
			this.instances.add(start(name));
		}
	}

	@AfterAll
	void stopInstances() {
		this.clients.forEach(DirectoryClient::close);
		this.instances.forEach((instance) -> instance.context().close());
	}

	@Test
	void aSessionStartedOnOneInstanceWorksOnTheOthersAndSigningOutEndsItOnAll() {
		Account account = a().bean(TestAccounts.class).newAccount("Cluster Session Test");
		HttpPortal browser = a().browser();
		assertThat(browser.signIn(account.id(), "admin", TestAccounts.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/"));

		for (Instance instance : this.instances) {
			HttpResponse<String> dashboard = browser.on(instance.port()).get("/");
			assertThat(dashboard.statusCode()).as("dashboard on instance " + instance.name()).isEqualTo(200);
			assertThat(dashboard.body()).contains(account.id());
		}
		assertThat(browser.on(b().port()).signOut().headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/signin?signedOut"));
		for (Instance instance : this.instances) {
			assertThat(browser.on(instance.port()).get("/").headers().firstValue("Location")).as("after sign-out on " + instance.name())
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/signin"));
		}
	}

	@Test
	void fiveFailedSignInsSpreadOverTheInstancesLockTheUser() {
		Account account = a().bean(TestAccounts.class).newAccount("Cluster Lockout Test");
		HttpPortal browser = a().browser();
		for (int attempt = 0; attempt < 5; attempt++) {
			Instance instance = this.instances.get(attempt % this.instances.size());
			assertThat(browser.on(instance.port()).signIn(account.id(), "admin", "wrong-password").headers().firstValue("Location"))
				.as("failure %d on instance %s", attempt + 1, instance.name())
				.hasValueSatisfying((location) -> assertThat(location).contains("/signin?error"));
		}
		for (Instance instance : this.instances) {
			assertThat(browser.on(instance.port()).signIn(account.id(), "admin", TestAccounts.PASSWORD).headers().firstValue("Location"))
				.as("the right password on instance " + instance.name())
				.hasValueSatisfying((location) -> assertThat(location).contains("/signin?locked"));
		}
	}

	@Test
	void fiftySimultaneousSharesSpreadOverTheInstancesEndWithExactlyTheQuota() throws Exception {
		ApiUser owner = apiUser(a(), "Cluster Quota Owner");
		String directoryId = activeDirectory(client(a(), owner), "Standard");
		AccountRepository accounts = a().bean(AccountRepository.class);
		List<String> targets = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String id = Ids.accountId();
			accounts.save(Account.create(id, "Quota target " + id, id + "@cluster.test.example.com", null, Instant.now()));
			targets.add(id);
		}
		List<DirectoryClient> perInstance = this.instances.stream().map((instance) -> client(instance, owner)).toList();

		ExecutorService pool = Executors.newFixedThreadPool(targets.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < targets.size(); i++) {
				DirectoryClient client = perInstance.get(i % perInstance.size());
				String target = targets.get(i);
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						client.shareDirectory((request) -> request.directoryId(directoryId)
							.shareMethod(ShareMethod.HANDSHAKE)
							.shareTarget((to) -> to.id(target).type(TargetType.ACCOUNT)));
						return "Shared";
					}
					catch (AwsServiceException refused) {
						return refused.awsErrorDetails().errorCode();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn("Shared"::equals).hasSize(25);
			assertThat(results).filteredOn((result) -> !"Shared".equals(result))
				.hasSize(25)
				.containsOnly("ShareLimitExceededException");
		}
		finally {
			pool.shutdownNow();
		}
		List<SharedDirectory> live = new ArrayList<>();
		String token = null;
		do {
			String page = token;
			var described = client(b(), owner)
				.describeSharedDirectories((request) -> request.ownerDirectoryId(directoryId).nextToken(page));
			live.addAll(described.sharedDirectories());
			token = described.nextToken();
		}
		while (token != null);
		assertThat(live).hasSize(25).extracting(SharedDirectory::sharedAccountId).doesNotHaveDuplicates();
	}

	@Test
	void aShareAcceptedOnAnInstanceThatIsThenStoppedStillSettles() {
		Instance leaving = start("d");
		ApiUser owner = apiUser(leaving, "Cluster Settle Owner");
		ApiUser consumer = apiUser(leaving, "Cluster Settle Consumer");
		DirectoryClient ownerOnLeaving = client(leaving, owner);
		String directoryId = activeDirectory(ownerOnLeaving, "Enterprise");
		String sharedDirectoryId = ownerOnLeaving.shareDirectory((request) -> request.directoryId(directoryId)
			.shareMethod(ShareMethod.HANDSHAKE)
			.shareTarget((to) -> to.id(consumer.account().id()).type(TargetType.ACCOUNT))).sharedDirectoryId();

		Instant acceptedAt = Instant.now();
		client(leaving, consumer).acceptSharedDirectory((request) -> request.sharedDirectoryId(sharedDirectoryId));
		leaving.context().close();
		Instant stoppedAt = Instant.now();

		assertThat(stoppedAt).as("the instance stopped before the share was due to settle")
			.isBefore(acceptedAt.plus(SETTLE_DELAY));
		DirectoryClient ownerOnA = client(a(), owner);
		Supplier<ShareStatus> status = () -> ownerOnA
			.describeSharedDirectories((request) -> request.ownerDirectoryId(directoryId).sharedDirectoryIds(sharedDirectoryId))
			.sharedDirectories()
			.get(0)
			.shareStatus();
		assertThat(status.get()).isEqualTo(ShareStatus.SHARING);
		await(status, ShareStatus.SHARED);
	}

	private Instance a() {
		return this.instances.get(0);
	}

	private Instance b() {
		return this.instances.get(1);
	}

	private static Instance start(String name) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(DirshareApplication.class,
				TestDatabaseConfiguration.class, TestAccounts.class)
			.profiles("test")
			.initializers((applicationContext) -> applicationContext.getBeanFactory()
				.registerSingleton("clusterTestTypeExcludeFilter", new TestClassesExcluded()))
			.properties(Map.of("server.port", "0", "dirshare.demo-data", "false", "dirshare.sharing.settle-delay",
					SETTLE_DELAY.toSeconds() + "s", "dirshare.directories.creation-delay", "1s",
					"dirshare.jobs.poll-interval-ms", "200", "spring.main.banner-mode", "off",
					"logging.level.io.dirshare.request", "warn"))
			.run();
		return new Instance(name, context, context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
	}

	private ApiUser apiUser(Instance instance, String name) {
		TestAccounts accounts = instance.bean(TestAccounts.class);
		Account account = accounts.newAccount(name);
		AccessKeyService.NewAccessKey key = instance.bean(AccessKeyService.class).create(accounts.admin(account), "admin");
		return new ApiUser(account, key.key().accessKeyId(), key.secretAccessKey());
	}

	private DirectoryClient client(Instance instance, ApiUser user) {
		DirectoryClient client = DirectoryClient.builder()
			.endpointOverride(URI.create("http://localhost:" + instance.port()))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(user.accessKeyId(), user.secretAccessKey())))
			// Every answer counts as given: no retry hides a failure.
			.overrideConfiguration((configuration) -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.httpClientBuilder(ApacheHttpClient.builder().maxConnections(50))
			.build();
		this.clients.add(client);
		return client;
	}

	private static String activeDirectory(DirectoryClient owner, String edition) {
		String directoryId = owner.createMicrosoftAD((request) -> request
			.name("cluster" + Ids.random("abcdefghijklmnopqrstuvwxyz", 8) + ".example.com")
			.password("Valid-Passw0rd")
			.edition(edition)
			.vpcSettings((vpc) -> vpc.vpcId("vpc-12345678").subnetIds("subnet-11111111", "subnet-22222222")))
			.directoryId();
		await(() -> owner.describeDirectories((request) -> request.directoryIds(directoryId))
			.directoryDescriptions()
			.get(0)
			.stage(), DirectoryStage.ACTIVE);
		return directoryId;
	}

	private static <T> void await(Supplier<T> read, T expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		T value = read.get();
		while (!expected.equals(value)) {
			assertThat(System.nanoTime()).as("waited 15 s for " + expected + "; last value " + value).isLessThan(deadline);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			value = read.get();
		}
	}

	/**
	 * Keeps the component scan of these contexts away from the test classes (other tests' configurations),
	 * as Spring Boot's test support does for the contexts it makes.
	 */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}

	}

}
