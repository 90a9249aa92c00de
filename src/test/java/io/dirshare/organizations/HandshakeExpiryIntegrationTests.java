package io.dirshare.organizations;

import java.time.Duration;

import io.dirshare.core.AwsException;
import io.dirshare.core.MovableClock;
import io.dirshare.identity.Account;
import io.dirshare.core.AccountPosition;
import io.dirshare.identity.AccountPositions;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A handshake expires 15 days after it was sent, by the clock alone, for reads and for changes. */
@IntegrationTest
class HandshakeExpiryIntegrationTests {

	@Autowired
	OrganizationService organizations;

	@Autowired
	HandshakeService handshakes;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountPositions positions;

	/** The application's own clock, which the controls for test suites move: no context of its own is needed. */
	@Autowired
	MovableClock clock;

	@AfterEach
	void backToTheRealTime() {
		this.clock.reset();
	}

	@Test
	void anInvitationExpiresAfterFifteenDaysAndCanNoLongerBeAcceptedOrCanceled() {
		Account management = this.testAccounts.newAccount("Expiring management");
		this.organizations.createOrganization(this.testAccounts.admin(management), FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Too late");
		HandshakeSummary invitation = this.handshakes.inviteAccount(this.testAccounts.admin(management), invited.id(),
				null);

		this.clock.advance(Duration.ofDays(15).minusMinutes(1));
		assertThat(this.handshakes.openInvitationCount(this.testAccounts.admin(invited))).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.handshakes.openInvitationCount(this.testAccounts.admin(invited))).isZero();
		assertThat(this.handshakes.openInvitations(this.testAccounts.admin(invited))).isEmpty();
		assertThat(this.handshakes.describeHandshake(this.testAccounts.admin(management), invitation.id()).state())
			.isEqualTo(HandshakeState.EXPIRED);
		assertThatThrownBy(() -> this.handshakes.acceptHandshake(this.testAccounts.admin(invited), invitation.id()))
			.isInstanceOfSatisfying(AwsException.class,
					(refusal) -> assertThat(refusal.errorCode()).isEqualTo("InvalidHandshakeTransitionException"));
		assertThatThrownBy(() -> this.handshakes.cancelHandshake(this.testAccounts.admin(management), invitation.id()))
			.isInstanceOf(AwsException.class);
		assertThat(this.positions.of(invited.id())).isEqualTo(AccountPosition.STANDALONE);

		// An expired invitation is no obstacle to a new one.
		HandshakeSummary again = this.handshakes.inviteAccount(this.testAccounts.admin(management), invited.id(), null);
		assertThat(again.state()).isEqualTo(HandshakeState.OPEN);
	}

}
