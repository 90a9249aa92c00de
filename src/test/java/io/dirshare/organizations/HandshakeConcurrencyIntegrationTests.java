package io.dirshare.organizations;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.dirshare.core.AwsException;
import io.dirshare.identity.Account;
import io.dirshare.core.AccountPosition;
import io.dirshare.identity.AccountPositions;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The addressed account accepts while the sender cancels the same invitation, at the same moment, on
 * two threads with their own transactions: exactly one of them wins, and the loser changes nothing.
 */
@IntegrationTest
class HandshakeConcurrencyIntegrationTests {

	private static final int ROUNDS = 15;

	@Autowired
	OrganizationService organizations;

	@Autowired
	HandshakeService handshakes;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountPositions positions;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void concurrentAcceptAndCancelOfOneInvitationHaveExactlyOneWinner() throws Exception {
		Account management = this.testAccounts.newAccount("Racing management");
		this.organizations.createOrganization(this.testAccounts.admin(management), FeatureSet.ALL);
		int accepted = 0;
		int canceled = 0;
		for (int round = 0; round < ROUNDS; round++) {
			Account invited = this.testAccounts.newAccount("Racing invitee " + round);
			String handshakeId = this.handshakes
				.inviteAccount(this.testAccounts.admin(management), invited.id(), null)
				.id();
			CyclicBarrier start = new CyclicBarrier(2);
			Future<String> accept = this.threads.submit(attempt(start,
					() -> this.handshakes.acceptHandshake(this.testAccounts.admin(invited), handshakeId)));
			Future<String> cancel = this.threads.submit(attempt(start,
					() -> this.handshakes.cancelHandshake(this.testAccounts.admin(management), handshakeId)));
			List<String> outcomes = List.of(accept.get(30, TimeUnit.SECONDS), cancel.get(30, TimeUnit.SECONDS));

			assertThat(outcomes).as("round %d", round).filteredOn("won"::equals).hasSize(1);
			assertThat(outcomes).as("round %d", round)
				.filteredOn((o) -> !o.equals("won"))
				.allMatch((o) -> o.equals("InvalidHandshakeTransitionException")
						|| o.equals("ConcurrentModificationException"));
			HandshakeState state = this.handshakes
				.describeHandshake(this.testAccounts.admin(management), handshakeId)
				.state();
			boolean acceptWon = outcomes.get(0).equals("won");
			assertThat(state).isEqualTo(acceptWon ? HandshakeState.ACCEPTED : HandshakeState.CANCELED);
			assertThat(this.positions.of(invited.id()))
				.isEqualTo(acceptWon ? AccountPosition.MEMBER : AccountPosition.STANDALONE);
			if (acceptWon) {
				accepted++;
			}
			else {
				canceled++;
			}
		}
		assertThat(accepted + canceled).isEqualTo(ROUNDS);
	}

	private static Callable<String> attempt(CyclicBarrier start, Runnable change) {
		return () -> {
			start.await(10, TimeUnit.SECONDS);
			try {
				change.run();
				return "won";
			}
			catch (AwsException refused) {
				return refused.errorCode();
			}
		};
	}

}
