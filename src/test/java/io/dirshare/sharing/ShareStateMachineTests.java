package io.dirshare.sharing;

import java.util.EnumMap;
import java.util.Map;

import io.dirshare.core.AwsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.dirshare.sharing.ShareStatus.Deleted;
import static io.dirshare.sharing.ShareStatus.Deleting;
import static io.dirshare.sharing.ShareStatus.Expired;
import static io.dirshare.sharing.ShareStatus.PendingAcceptance;
import static io.dirshare.sharing.ShareStatus.RejectFailed;
import static io.dirshare.sharing.ShareStatus.Rejected;
import static io.dirshare.sharing.ShareStatus.Rejecting;
import static io.dirshare.sharing.ShareStatus.ShareFailed;
import static io.dirshare.sharing.ShareStatus.Shared;
import static io.dirshare.sharing.ShareStatus.Sharing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every (status, event) pair: the legal ones lead where the doc says, the others fail with AWS's error. */
class ShareStateMachineTests {

	/** Expected outcome per event: a next status, or the error code of the refusal. */
	private static final Map<ShareEvent, Map<ShareStatus, String>> EXPECTED = new EnumMap<>(ShareEvent.class);

	static {
		expect(ShareEvent.ACCEPT, PendingAcceptance, "Sharing");
		expect(ShareEvent.ACCEPT, "DirectoryAlreadySharedException", Sharing, Shared, Rejecting, Rejected, RejectFailed);
		expect(ShareEvent.ACCEPT, "EntityDoesNotExistException", Deleting, Deleted, ShareFailed, Expired);

		expect(ShareEvent.REJECT, PendingAcceptance, "Rejecting");
		expect(ShareEvent.REJECT, RejectFailed, "Rejecting");
		expect(ShareEvent.REJECT, "DirectoryAlreadySharedException", Sharing, Shared, Rejecting, Rejected);
		expect(ShareEvent.REJECT, "EntityDoesNotExistException", Deleting, Deleted, ShareFailed, Expired);

		for (ShareStatus from : new ShareStatus[] { Sharing, Shared, PendingAcceptance, Rejecting, Rejected,
				RejectFailed, ShareFailed, Expired }) {
			expect(ShareEvent.UNSHARE, from, "Deleting");
		}
		expect(ShareEvent.UNSHARE, "DirectoryNotSharedException", Deleting, Deleted);

		expect(ShareEvent.CONSUMER_DELETE, Sharing, "Deleting");
		expect(ShareEvent.CONSUMER_DELETE, Shared, "Deleting");
		expect(ShareEvent.CONSUMER_DELETE, "ClientException", PendingAcceptance, Rejecting, Rejected, RejectFailed,
				ShareFailed, Expired);
		expect(ShareEvent.CONSUMER_DELETE, "EntityDoesNotExistException", Deleting, Deleted);

		expect(ShareEvent.SETTLE, Sharing, "Shared");
		expect(ShareEvent.SETTLE, Rejecting, "Rejected");
		expect(ShareEvent.SETTLE, Deleting, "Deleted");
		expect(ShareEvent.SETTLE, "InvalidParameterException", Shared, PendingAcceptance, Rejected, RejectFailed,
				ShareFailed, Deleted, Expired);

		expect(ShareEvent.FAIL, Sharing, "ShareFailed");
		expect(ShareEvent.FAIL, Rejecting, "RejectFailed");
		expect(ShareEvent.FAIL, Deleting, "Deleted");
		expect(ShareEvent.FAIL, "InvalidParameterException", Shared, PendingAcceptance, Rejected, RejectFailed,
				ShareFailed, Deleted, Expired);

		expect(ShareEvent.EXPIRE, PendingAcceptance, "Expired");
		expect(ShareEvent.EXPIRE, "InvalidParameterException", Sharing, Shared, Rejecting, Rejected, RejectFailed,
				ShareFailed, Deleting, Deleted, Expired);
	}

	private static void expect(ShareEvent event, ShareStatus from, String outcome) {
		EXPECTED.computeIfAbsent(event, (key) -> new EnumMap<>(ShareStatus.class)).put(from, outcome);
	}

	private static void expect(ShareEvent event, String errorCode, ShareStatus... from) {
		for (ShareStatus status : from) {
			expect(event, status, "!" + errorCode);
		}
	}

	@Test
	void theTableCoversEveryStatusAndEvent() {
		for (ShareEvent event : ShareEvent.values()) {
			assertThat(EXPECTED.get(event).keySet()).as(event.name()).containsExactlyInAnyOrder(ShareStatus.values());
		}
	}

	@ParameterizedTest
	@EnumSource(ShareEvent.class)
	void everyStatusAnswersEveryEventAsDocumented(ShareEvent event) {
		for (ShareStatus from : ShareStatus.values()) {
			String expected = EXPECTED.get(event).get(from);
			if (expected.startsWith("!")) {
				assertThatThrownBy(() -> ShareStateMachine.next(from, event)).as(from + " + " + event)
					.isInstanceOfSatisfying(AwsException.class,
							(refusal) -> assertThat(refusal.errorCode()).isEqualTo(expected.substring(1)));
			}
			else {
				assertThat(ShareStateMachine.next(from, event)).as(from + " + " + event)
					.isEqualTo(ShareStatus.valueOf(expected));
			}
		}
	}

	@Test
	void organizationSharesNeedNoAcceptanceAndHandshakesWaitForIt() {
		assertThat(ShareStateMachine.initial(ShareMethod.ORGANIZATIONS)).isEqualTo(Sharing);
		assertThat(ShareStateMachine.initial(ShareMethod.HANDSHAKE)).isEqualTo(PendingAcceptance);
	}

	@Test
	void onlySharingRejectingAndDeletingAreTransient() {
		assertThat(ShareStatus.transientStatuses()).containsExactlyInAnyOrder(Sharing, Rejecting, Deleting);
		for (ShareStatus status : ShareStatus.values()) {
			assertThat(status.isTransient()).isEqualTo(ShareStatus.transientStatuses().contains(status));
		}
	}

	@Test
	void rejectedFailedDeletedAndExpiredSharesAreNoLongerLive() {
		for (ShareStatus status : ShareStatus.values()) {
			assertThat(status.isLive()).as(status.name())
				.isEqualTo(status != Rejected && status != ShareFailed && status != Deleted && status != Expired);
		}
	}

	@Test
	void anExpiredInvitationReadsAsARejectedOneThroughTheApiAndEveryOtherStatusAsItself() {
		for (ShareStatus status : ShareStatus.values()) {
			assertThat(status.wireValue()).isEqualTo((status == Expired) ? "Rejected" : status.name());
		}
	}

	@Test
	void everyTransientStatusSettlesToATerminalOrStableOne() {
		for (ShareStatus status : ShareStatus.transientStatuses()) {
			assertThat(ShareStateMachine.next(status, ShareEvent.SETTLE).isTransient()).isFalse();
		}
	}

}
