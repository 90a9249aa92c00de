package io.dirshare.sharing.requests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.directories.Directory;
import io.dirshare.organizations.TrustedAccess;
import io.dirshare.organizations.TrustedAccessService;
import io.dirshare.sharing.ConsumerSharingService;
import io.dirshare.sharing.ShareStatus;
import io.dirshare.sharing.SharingFixtures;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.MutableTestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Access requests against the real services and database: request, approve through ShareDirectory,
 * deny with a reason, one open request per directory, Region and account (also when two arrive at
 * once), expiry by the clock, and an approval the sharing rules refuse.
 */
@IntegrationTest
@Import({ SharingFixtures.class, MutableTestClock.class })
class AccessRequestsIntegrationTests {

	@Autowired
	SharingFixtures fixtures;

	@Autowired
	RequestableDirectories requestable;

	@Autowired
	AccessRequests requests;

	@Autowired
	ConsumerSharingService consumers;

	@Autowired
	TrustedAccessService trustedAccess;

	@Autowired
	MutableTestClock clock;

	@Autowired
	JdbcClient jdbc;

	Caller ownerAdmin;

	Caller memberAdmin;

	Directory directory;

	@BeforeEach
	void organizationWithARequestableDirectory() {
		String owner = this.fixtures.account();
		String member = this.fixtures.account();
		this.fixtures.organization(owner, member);
		this.ownerAdmin = this.fixtures.admin(owner);
		this.memberAdmin = this.fixtures.admin(member);
		this.directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		this.requestable.offer(this.ownerAdmin, this.directory.id(), "Sign-in for the build servers");
	}

	@Test
	void aMemberSeesTheDirectoryRequestsItAndTheApprovalSharesItThroughTheOrganization() {
		assertThat(this.requestable.available(this.memberAdmin)).singleElement().satisfies((offered) -> {
			assertThat(offered.ownerDirectoryId()).isEqualTo(this.directory.id());
			assertThat(offered.description()).isEqualTo("Sign-in for the build servers");
			assertThat(offered.hasShare()).isFalse();
			assertThat(offered.hasOpenRequest()).isFalse();
		});

		AccessRequest request = this.requests.request(this.memberAdmin, this.directory.id(), "CI needs domain join");
		assertThat(this.requests.openCount(this.ownerAdmin)).isEqualTo(1);
		assertThat(this.requestable.available(this.memberAdmin).get(0).hasOpenRequest()).isTrue();

		AccessRequest approved = this.requests.approve(this.ownerAdmin, request.id());

		assertThat(approved.storedStatus()).isEqualTo(AccessRequestStatus.APPROVED);
		assertThat(approved.sharedDirectoryId()).isNotNull();
		assertThat(this.consumers.sharedDirectory(this.memberAdmin, approved.sharedDirectoryId()).shareMethod().name())
			.isEqualTo("ORGANIZATIONS");
		this.fixtures.settle();
		assertThat(this.consumers.sharedDirectory(this.memberAdmin, approved.sharedDirectoryId()).shareStatus())
			.isEqualTo(ShareStatus.Shared);
		assertThat(this.requests.openCount(this.ownerAdmin)).isZero();
		assertThat(this.requests.byMyAccount(this.memberAdmin)).singleElement()
			.satisfies((mine) -> assertThat(mine.status()).isEqualTo(AccessRequestStatus.APPROVED));
		assertThat(this.requestable.available(this.memberAdmin).get(0).hasShare()).isTrue();
		assertThat(events(this.ownerAdmin.accountId())).contains("EnableDirectoryAccessRequests",
				"RequestDirectoryAccess", "ApproveDirectoryAccessRequest", "ds:ShareDirectory");
		assertThat(events(this.memberAdmin.accountId())).contains("RequestDirectoryAccess",
				"ApproveDirectoryAccessRequest", "ds:ShareDirectory");
		// Shared now: a new request can only be refused.
		assertThatThrownBy(() -> this.requests.request(this.memberAdmin, this.directory.id(), "again"))
			.isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.errorCode()).isEqualTo("DirectoryAlreadySharedException"));
	}

	@Test
	void aDenialNeedsAReasonWhichTheRequesterReads() {
		AccessRequest request = this.requests.request(this.memberAdmin, this.directory.id(), "please");

		assertThatThrownBy(() -> this.requests.deny(this.ownerAdmin, request.id(), "  "))
			.isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.errorCode()).isEqualTo("InvalidParameterException"));
		this.requests.deny(this.ownerAdmin, request.id(), "Use the lab directory instead");

		assertThat(this.requests.byMyAccount(this.memberAdmin)).singleElement().satisfies((mine) -> {
			assertThat(mine.status()).isEqualTo(AccessRequestStatus.DENIED);
			assertThat(mine.request().decisionReason()).isEqualTo("Use the lab directory instead");
		});
		assertThat(events(this.memberAdmin.accountId())).contains("DenyDirectoryAccessRequest");
		assertThatThrownBy(() -> this.requests.approve(this.ownerAdmin, request.id()))
			.isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.getMessage()).contains("already denied"));
		// Decided: the account may ask again.
		assertThat(this.requests.request(this.memberAdmin, this.directory.id(), "second try").storedStatus())
			.isEqualTo(AccessRequestStatus.OPEN);
	}

	@Test
	void aSecondOpenRequestForTheSameDirectoryRegionAndAccountIsRefused() {
		this.requests.request(this.memberAdmin, this.directory.id(), "first");

		assertThatThrownBy(() -> this.requests.request(this.memberAdmin, this.directory.id(), "second"))
			.isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.errorCode()).isEqualTo("EntityAlreadyExistsException"));
		assertThat(this.requests.toMyAccount(this.ownerAdmin)).hasSize(1);
	}

	@Test
	void ofTwoRequestsArrivingAtOnceExactlyOneIsOpened() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<AccessRequest>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				String justification = "at once " + i;
				Callable<AccessRequest> call = () -> {
					start.await();
					return this.requests.request(this.memberAdmin, this.directory.id(), justification);
				};
				outcomes.add(pool.submit(call));
			}
			start.countDown();
			int opened = 0;
			for (Future<AccessRequest> outcome : outcomes) {
				try {
					outcome.get();
					opened++;
				}
				catch (ExecutionException refused) {
					assertThat(refused.getCause()).isInstanceOfSatisfying(AwsException.class,
							(aws) -> assertThat(aws.errorCode()).isEqualTo("EntityAlreadyExistsException"));
				}
			}
			assertThat(opened).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.requests.openCount(this.ownerAdmin)).isEqualTo(1);
	}

	@Test
	void aRequestExpiresAfterFourteenDaysByTheClockAndCanThenBeMadeAgain() {
		AccessRequest request = this.requests.request(this.memberAdmin, this.directory.id(), "soon");

		this.clock.advance(AccessRequest.LIFETIME.minusMinutes(1));
		assertThat(this.requests.openCount(this.ownerAdmin)).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.requests.openCount(this.ownerAdmin)).isZero();
		assertThat(this.requests.toMyAccount(this.ownerAdmin)).singleElement()
			.satisfies((view) -> assertThat(view.status()).isEqualTo(AccessRequestStatus.EXPIRED));
		assertThatThrownBy(() -> this.requests.approve(this.ownerAdmin, request.id()))
			.isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.getMessage()).contains("expired"));
		assertThat(this.requestable.available(this.memberAdmin).get(0).hasOpenRequest()).isFalse();

		AccessRequest again = this.requests.request(this.memberAdmin, this.directory.id(), "once more");
		assertThat(again.storedStatus()).isEqualTo(AccessRequestStatus.OPEN);
		assertThat(this.requests.openCount(this.ownerAdmin)).isEqualTo(1);
	}

	@Test
	void anApprovalTheSharingRulesRefuseLeavesTheRequestOpenWithTheReason() {
		AccessRequest request = this.requests.request(this.memberAdmin, this.directory.id(), "needed");
		this.trustedAccess.disableTrustedAccess(this.ownerAdmin, TrustedAccess.DIRECTORY_SERVICE, "disable");

		assertThatThrownBy(() -> this.requests.approve(this.ownerAdmin, request.id()))
			.isInstanceOfSatisfying(AwsException.class, (refused) -> {
				assertThat(refused.errorCode()).isEqualTo("OrganizationsException");
				assertThat(refused.getMessage()).contains("Trusted access");
			});

		assertThat(this.requests.toMyAccount(this.ownerAdmin)).singleElement()
			.satisfies((view) -> assertThat(view.status()).isEqualTo(AccessRequestStatus.OPEN));
		assertThat(this.requestable.available(this.memberAdmin).get(0).hasShare()).isFalse();

		this.trustedAccess.enableTrustedAccess(this.ownerAdmin, TrustedAccess.DIRECTORY_SERVICE);
		assertThat(this.requests.approve(this.ownerAdmin, request.id()).storedStatus())
			.isEqualTo(AccessRequestStatus.APPROVED);
	}

	@Test
	void onlyAccountsOfTheOrganizationRequestAndOnlyWhileTheDirectoryIsRequestable() {
		Caller outsider = this.fixtures.admin(this.fixtures.account());
		assertThat(this.requestable.available(outsider)).isEmpty();
		assertThatThrownBy(() -> this.requests.request(outsider, this.directory.id(), "let me in"))
			.isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.errorCode()).isEqualTo("EntityDoesNotExistException"));

		this.requestable.withdraw(this.ownerAdmin, this.directory.id());
		assertThat(this.requestable.available(this.memberAdmin)).isEmpty();
		assertThatThrownBy(() -> this.requests.request(this.memberAdmin, this.directory.id(), "too late"))
			.isInstanceOf(AwsException.class);
		assertThat(events(this.ownerAdmin.accountId())).contains("DisableDirectoryAccessRequests");
	}

	@Test
	void aStandaloneAccountCannotOfferItsDirectory() {
		Caller standalone = this.fixtures.admin(this.fixtures.account());
		Directory own = this.fixtures.activeDirectory(standalone, "Standard");

		assertThatThrownBy(() -> this.requestable.offer(standalone, own.id(), "anyone?"))
			.isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.errorCode()).isEqualTo("OrganizationsException"));
		assertThatThrownBy(() -> this.requestable.offer(this.ownerAdmin, this.directory.id(), "x".repeat(1025)))
			.isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.errorCode()).isEqualTo("InvalidParameterException"));
	}

	private List<String> events(String accountId) {
		return this.jdbc.sql("SELECT event_name FROM audit_event WHERE account_id = :account AND outcome = 'Success'")
			.param("account", accountId)
			.query(String.class)
			.list();
	}

}
