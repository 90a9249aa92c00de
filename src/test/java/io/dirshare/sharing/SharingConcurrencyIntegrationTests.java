package io.dirshare.sharing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.directories.Directory;
import io.dirshare.core.Caller;
import io.dirshare.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The races the issue names, run for real on H2 and on MySQL: many shares of one directory at once
 * never overrun its quota, and an accept racing an unshare ends in one consistent state.
 */
@IntegrationTest
@Import(SharingFixtures.class)
class SharingConcurrencyIntegrationTests {

	/** Requests running at once: the 50, far more than the connection pool's 10. */
	private static final int THREADS = 50;

	@Autowired
	SharingFixtures fixtures;

	@Autowired
	OwnerSharingService owners;

	@Autowired
	ConsumerSharingService consumers;

	@Autowired
	ShareQueries queries;

	@Autowired
	SharingProperties properties;

	@Autowired
	AuditTrail audit;

	@Autowired
	ShareDelays delays;

	@Test
	void fiftyParallelSharesOfAStandardDirectoryNeverExceedItsQuota() throws Exception {
		String owner = this.fixtures.account();
		Caller admin = this.fixtures.admin(owner);
		Directory directory = this.fixtures.activeDirectory(admin, "Standard");
		List<String> targets = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			targets.add(this.fixtures.account());
		}

		List<Callable<String>> requests = targets.stream()
			.map((target) -> (Callable<String>) () -> this.owners.shareDirectory(admin, directory.id(),
					ShareTarget.account(target), ShareMethod.HANDSHAKE, null))
			.toList();
		List<Object> outcomes = runTogether(requests);

		int limit = this.properties.standardShareLimit();
		assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(limit);
		assertThat(outcomes).filteredOn(AwsException.class::isInstance)
			.hasSize(50 - limit)
			.allSatisfy((refusal) -> assertThat(((AwsException) refusal).errorCode())
				.isEqualTo("ShareLimitExceededException"));
		List<Share> live = this.queries.liveSharesOf(admin, directory.id());
		assertThat(live).hasSize(limit);
		assertThat(live).extracting(Share::sharedAccountId).doesNotHaveDuplicates();
		// Every refusal of the burst stays on record although its transaction rolled back.
		assertThat(this.audit.page(admin, "ds:ShareDirectory", Outcome.Failure, 1).items())
			.hasSize(50 - limit)
			.allSatisfy((event) -> assertThat(event.errorCode()).isEqualTo("ShareLimitExceededException"));
	}

	@Test
	void parallelSharesToTheSameAccountCreateOneShare() throws Exception {
		String owner = this.fixtures.account();
		String target = this.fixtures.account();
		Caller admin = this.fixtures.admin(owner);
		Directory directory = this.fixtures.activeDirectory(admin, "Enterprise");

		List<Callable<String>> requests = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			requests.add(() -> this.owners.shareDirectory(admin, directory.id(), ShareTarget.account(target),
					ShareMethod.HANDSHAKE, null));
		}
		List<Object> outcomes = runTogether(requests);

		assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(AwsException.class::isInstance)
			.allSatisfy((refusal) -> assertThat(((AwsException) refusal).errorCode())
				.isEqualTo("DirectoryAlreadySharedException"));
	}

	@Test
	void acceptRacingUnshareEndsInOneConsistentState() throws Exception {
		String owner = this.fixtures.account();
		Caller admin = this.fixtures.admin(owner);
		Directory directory = this.fixtures.activeDirectory(admin, "Enterprise");
		for (int round = 0; round < 10; round++) {
			String target = this.fixtures.account();
			Caller consumer = this.fixtures.admin(target);
			String sharedId = this.owners.shareDirectory(admin, directory.id(), ShareTarget.account(target),
					ShareMethod.HANDSHAKE, null);

			List<Object> outcomes = runTogether(List.of(() -> this.consumers.acceptSharedDirectory(consumer, sharedId),
					() -> this.owners.unshareDirectory(admin, directory.id(), ShareTarget.account(target))));

			Object accepted = outcomes.get(0);
			Object unshared = outcomes.get(1);
			// The owner's unshare always wins in the end: whichever came first, the share is on its way out.
			assertThat(unshared).isEqualTo(sharedId);
			if (accepted instanceof AwsException refusal) {
				assertThat(refusal.errorCode()).isEqualTo("EntityDoesNotExistException");
			}
			else {
				assertThat(accepted).isInstanceOf(Share.class);
			}
			Share now = this.queries.describeSharedDirectories(admin, directory.id(), List.of(sharedId), 0, 100)
				.items()
				.get(0);
			assertThat(now.shareStatus()).isEqualTo(ShareStatus.Deleting);
			this.fixtures.settle();
			assertThat(this.queries.describeSharedDirectories(admin, directory.id(), List.of(sharedId), 0, 100)
				.items()
				.get(0)
				.shareStatus()).isEqualTo(ShareStatus.Deleted);
		}
	}

	/**
	 * The benchmark's write load: many owners at once, each sharing its own directory with its own
	 * consumer, who accepts, then unsharing, round after round, with every transient status due at once,
	 * so the settle job runs among them. Different directories never wait on each other for good: on
	 * MySQL their inserts and settles used to deadlock, and a call came back as a server error.
	 */
	@Test
	void ownersSharingAndUnsharingTheirOwnDirectoriesAtOnceAllSucceed() throws Exception {
		int owners = 16;
		int rounds = 4;
		List<Caller> admins = new ArrayList<>();
		List<Directory> directories = new ArrayList<>();
		List<Caller> consumerAdmins = new ArrayList<>();
		for (int i = 0; i < owners; i++) {
			Caller admin = this.fixtures.admin(this.fixtures.account());
			admins.add(admin);
			directories.add(this.fixtures.activeDirectory(admin, "Enterprise"));
			consumerAdmins.add(this.fixtures.admin(this.fixtures.account()));
		}
		for (ShareStatus status : ShareStatus.values()) {
			if (status.isTransient()) {
				this.delays.set(status, Duration.ZERO);
			}
		}
		List<Object> outcomes;
		try {
			List<Callable<List<String>>> cycles = new ArrayList<>();
			for (int i = 0; i < owners; i++) {
				Caller admin = admins.get(i);
				String directoryId = directories.get(i).id();
				Caller consumer = consumerAdmins.get(i);
				ShareTarget target = ShareTarget.account(consumer.accountId());
				cycles.add(() -> {
					List<String> sharedIds = new ArrayList<>();
					for (int round = 0; round < rounds; round++) {
						String sharedId = this.owners.shareDirectory(admin, directoryId, target, ShareMethod.HANDSHAKE, null);
						this.consumers.acceptSharedDirectory(consumer, sharedId);
						assertThat(this.owners.unshareDirectory(admin, directoryId, target)).isEqualTo(sharedId);
						sharedIds.add(sharedId);
					}
					return sharedIds;
				});
			}
			outcomes = runTogether(cycles);
		}
		finally {
			this.delays.reset();
		}

		assertThat(outcomes).as("every call of every owner succeeded").allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(List.class));
		this.fixtures.settle();
		for (int i = 0; i < owners; i++) {
			Caller admin = admins.get(i);
			List<Share> shares = this.queries.describeSharedDirectories(admin, directories.get(i).id(), null, 0, 100).items();
			assertThat(shares).extracting(Share::sharedDirectoryId)
				.containsExactlyInAnyOrderElementsOf(((List<?>) outcomes.get(i)).stream().map(String.class::cast).toList());
			assertThat(shares).extracting(Share::shareStatus).containsOnly(ShareStatus.Deleted);
			// Each change on record once, however often its transaction had to run.
			assertThat(this.audit.page(admin, "ds:ShareDirectory", Outcome.Success, 1).items()).hasSize(rounds);
			assertThat(this.audit.page(admin, "ds:UnshareDirectory", Outcome.Success, 1).items()).hasSize(rounds);
			assertThat(this.audit.page(admin, "ds:ShareDirectory", Outcome.Failure, 1).items()).isEmpty();
			assertThat(this.audit.page(consumerAdmins.get(i), "ds:AcceptSharedDirectory", Outcome.Success, 1).items())
				.hasSize(rounds);
		}
	}

	/** Starts all calls at the same moment; each outcome is the call's result or its AwsException. */
	private static List<Object> runTogether(List<? extends Callable<?>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, calls.size()));
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentHashMap<Integer, Throwable> unexpected = new ConcurrentHashMap<>();
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (int i = 0; i < calls.size(); i++) {
				Callable<?> call = calls.get(i);
				int index = i;
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return call.call();
					}
					catch (AwsException refusal) {
						return refusal;
					}
					catch (Throwable ex) {
						unexpected.put(index, ex);
						return ex;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			assertThat(unexpected).as("failures other than AWS refusals").isEmpty();
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
