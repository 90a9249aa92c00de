package io.dirshare.organizations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import io.dirshare.core.AwsException;
import io.dirshare.identity.Account;
import io.dirshare.core.AccountPosition;
import io.dirshare.identity.AccountPositions;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A handshake expires 15 days after it was sent, by the clock alone, for reads and for changes. */
@IntegrationTest
@Import(HandshakeExpiryIntegrationTests.MovableClock.class)
class HandshakeExpiryIntegrationTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2030-01-01T00:00:00Z"));

		@Bean
		@Primary
		MovableClock movableClock() {
			return this;
		}

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

	@Autowired
	OrganizationService organizations;

	@Autowired
	HandshakeService handshakes;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountPositions positions;

	@Autowired
	MovableClock clock;

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
