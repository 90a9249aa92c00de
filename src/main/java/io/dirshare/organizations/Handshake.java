package io.dirshare.organizations;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import io.dirshare.core.AwsException;
import io.dirshare.core.OrganizationsError;

/**
 * An Organizations handshake and its state machine, in one place: {@code OPEN} → {@code ACCEPTED} /
 * {@code DECLINED} / {@code CANCELED}, or {@code EXPIRED} once {@link #LIFETIME} has passed. Expiry is
 * decided from the clock whenever the handshake is read or changed; a handshake that is not open never
 * changes again. Who may make a transition (addressee or sender) is the service's rule.
 */
public record Handshake(String id, String organizationId, HandshakeAction action, HandshakeState storedState,
		String senderAccountId, String targetAccountId, String notes, String parentId, Instant requestedAt,
		Instant expiresAt, Instant changedAt) {

	/** How long a handshake stays open. */
	public static final Duration LIFETIME = Duration.ofDays(15);

	public static final Pattern ID_PATTERN = Pattern.compile("^h-[0-9a-z]{8,32}$");

	public static final int MAX_NOTES_LENGTH = 1024;

	/** The changes a party can ask for. */
	public enum Transition {

		ACCEPT(HandshakeState.ACCEPTED), DECLINE(HandshakeState.DECLINED), CANCEL(HandshakeState.CANCELED);

		private final HandshakeState target;

		Transition(HandshakeState target) {
			this.target = target;
		}

		public HandshakeState target() {
			return this.target;
		}

	}

	public static Handshake open(String id, String organizationId, HandshakeAction action, String senderAccountId,
			String targetAccountId, String notes, String parentId, Instant now) {
		return new Handshake(id, organizationId, action, HandshakeState.OPEN, senderAccountId, targetAccountId, notes,
				parentId, now, now.plus(LIFETIME), null);
	}

	/** The state at {@code now}: an open handshake past its expiry is {@code EXPIRED}. */
	public HandshakeState stateAt(Instant now) {
		if (this.storedState == HandshakeState.OPEN && !now.isBefore(this.expiresAt)) {
			return HandshakeState.EXPIRED;
		}
		return this.storedState;
	}

	public boolean isOpenAt(Instant now) {
		return stateAt(now) == HandshakeState.OPEN;
	}

	/**
	 * The state a transition leads to, or AWS's refusal: {@code HandshakeAlreadyInStateException} when
	 * it is already there, {@code InvalidHandshakeTransitionException} when it is no longer open.
	 */
	public HandshakeState apply(Transition transition, Instant now) {
		HandshakeState current = stateAt(now);
		if (current == transition.target()) {
			throw OrganizationsError.HANDSHAKE_ALREADY_IN_STATE.exception("The handshake is already " + current.name() + ".");
		}
		if (current != HandshakeState.OPEN) {
			throw OrganizationsError.INVALID_HANDSHAKE_TRANSITION.exception("You can't " + transition.name().toLowerCase(java.util.Locale.ROOT) + " a handshake that is "
							+ current.name() + ". Only an open handshake can change.",
					Map.of());
		}
		return transition.target();
	}

	/**
	 * AWS's refusal of a handshake the organization's state does not allow; {@code reason} is the
	 * error's {@code Reason} member, e.g. {@code ALREADY_IN_AN_ORGANIZATION}.
	 */
	static AwsException constraintViolation(String message, String reason) {
		return OrganizationsError.HANDSHAKE_CONSTRAINT_VIOLATION.exception(message, Map.of("Reason", reason));
	}

	public Handshake withState(HandshakeState state, Instant now) {
		return new Handshake(this.id, this.organizationId, this.action, state, this.senderAccountId,
				this.targetAccountId, this.notes, this.parentId, this.requestedAt, this.expiresAt, now);
	}

	/** e.g. {@code arn:aws:organizations::111111111111:handshake/o-exampleorg1/invite/h-abcdefghij}. */
	public String arn() {
		return "arn:aws:organizations::" + this.senderAccountId + ":handshake/" + this.organizationId + "/"
				+ this.action.arnSegment() + "/" + this.id;
	}

}
