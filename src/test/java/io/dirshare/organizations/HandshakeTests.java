package io.dirshare.organizations;

import java.time.Duration;
import java.time.Instant;

import io.dirshare.core.AwsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandshakeTests {

	private static final Instant SENT = Instant.parse("2026-11-01T10:00:00Z");

	private final Handshake open = Handshake.open("h-abcdefghij", "o-abcdefghij", HandshakeAction.INVITE,
			"111111111111", "444444444444", "hello", null, SENT);

	@Test
	void opensForFifteenDays() {
		assertThat(this.open.storedState()).isEqualTo(HandshakeState.OPEN);
		assertThat(this.open.expiresAt()).isEqualTo(SENT.plus(Duration.ofDays(15)));
		assertThat(this.open.stateAt(SENT.plus(Duration.ofDays(15)).minusMillis(1))).isEqualTo(HandshakeState.OPEN);
	}

	@Test
	void expiresByTheClockWithoutAnyoneChangingIt() {
		assertThat(this.open.stateAt(SENT.plus(Duration.ofDays(15)))).isEqualTo(HandshakeState.EXPIRED);
		assertThat(this.open.isOpenAt(SENT.plus(Duration.ofDays(20)))).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Handshake.Transition.class)
	void anOpenHandshakeMovesToTheTransitionsState(Handshake.Transition transition) {
		assertThat(this.open.apply(transition, SENT.plusSeconds(60))).isEqualTo(transition.target());
	}

	@Test
	void transitionsLeadToAcceptedDeclinedAndCanceled() {
		assertThat(Handshake.Transition.ACCEPT.target()).isEqualTo(HandshakeState.ACCEPTED);
		assertThat(Handshake.Transition.DECLINE.target()).isEqualTo(HandshakeState.DECLINED);
		assertThat(Handshake.Transition.CANCEL.target()).isEqualTo(HandshakeState.CANCELED);
	}

	@ParameterizedTest
	@EnumSource(Handshake.Transition.class)
	void anExpiredHandshakeCannotChange(Handshake.Transition transition) {
		assertThatThrownBy(() -> this.open.apply(transition, SENT.plus(Duration.ofDays(16))))
			.isInstanceOfSatisfying(AwsException.class, (refusal) -> {
				assertThat(refusal.errorCode()).isEqualTo("InvalidHandshakeTransitionException");
				assertThat(refusal.kind()).isEqualTo(AwsException.Kind.CONFLICT);
			});
	}

	@ParameterizedTest
	@EnumSource(value = HandshakeState.class, names = { "ACCEPTED", "DECLINED", "CANCELED" })
	void aClosedHandshakeCannotChangeAgain(HandshakeState closed) {
		Handshake done = this.open.withState(closed, SENT.plusSeconds(5));
		for (Handshake.Transition transition : Handshake.Transition.values()) {
			String expected = (transition.target() == closed) ? "HandshakeAlreadyInStateException"
					: "InvalidHandshakeTransitionException";
			assertThatThrownBy(() -> done.apply(transition, SENT.plusSeconds(10)))
				.isInstanceOfSatisfying(AwsException.class,
						(refusal) -> assertThat(refusal.errorCode()).isEqualTo(expected));
		}
	}

	@Test
	void aClosedHandshakeKeepsItsStateAfterTheExpiryDate() {
		Handshake accepted = this.open.withState(HandshakeState.ACCEPTED, SENT.plusSeconds(5));
		assertThat(accepted.stateAt(SENT.plus(Duration.ofDays(30)))).isEqualTo(HandshakeState.ACCEPTED);
	}

	@Test
	void arnNamesTheOrganizationAndTheAction() {
		assertThat(this.open.arn())
			.isEqualTo("arn:aws:organizations::111111111111:handshake/o-abcdefghij/invite/h-abcdefghij");
	}

	@Test
	void handshakeIdsHaveTheAwsShape() {
		assertThat(io.dirshare.core.Ids.handshakeId()).matches(Handshake.ID_PATTERN);
	}

}
