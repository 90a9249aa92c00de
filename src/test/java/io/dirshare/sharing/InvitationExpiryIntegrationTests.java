package io.dirshare.sharing;

import java.time.Duration;
import java.util.List;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.directories.Directory;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.MutableTestClock;
import io.dirshare.web.NavigationBadge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Share invitations that expire: off by default, set by the management account, decided by the clock
 * (for reads and answers, before the settle job writes it), a reminder a day before, and a final
 * status that frees the account for a new share.
 */
@IntegrationTest
@Import({ SharingFixtures.class, MutableTestClock.class })
class InvitationExpiryIntegrationTests {

	@Autowired
	SharingFixtures fixtures;

	@Autowired
	InvitationExpiry expiry;

	@Autowired
	OwnerSharingService owners;

	@Autowired
	ConsumerSharingService consumers;

	@Autowired
	ShareQueries queries;

	@Autowired
	ShareSettler settler;

	@Autowired
	MutableTestClock clock;

	Caller ownerAdmin;

	Caller memberAdmin;

	Caller partnerAdmin;

	Directory directory;

	@BeforeEach
	void organizationAndAPartner() {
		String owner = this.fixtures.account();
		String member = this.fixtures.account();
		this.fixtures.organization(owner, member);
		this.ownerAdmin = this.fixtures.admin(owner);
		this.memberAdmin = this.fixtures.admin(member);
		this.partnerAdmin = this.fixtures.admin(this.fixtures.account());
		this.directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
	}

	@Test
	void invitationsDoNotExpireUnlessTheManagementAccountSaysSo() {
		assertThat(this.expiry.setting(this.ownerAdmin).orElseThrow().enabled()).isFalse();
		String shared = invite();

		this.clock.advance(Duration.ofDays(400));

		assertThat(this.consumers.sharedDirectory(this.partnerAdmin, shared).shareStatus())
			.isEqualTo(ShareStatus.PendingAcceptance);
		assertThat(this.consumers.sharedDirectory(this.partnerAdmin, shared).invitationExpiresAt()).isNull();
	}

	@Test
	void onlyTheManagementAccountSetsOneToThirtyDays() {
		assertThat(this.expiry.setting(this.memberAdmin).orElseThrow().editable()).isFalse();
		assertThatThrownBy(() -> this.expiry.set(this.memberAdmin, 7)).isInstanceOfSatisfying(AwsException.class,
				(refused) -> assertThat(refused.errorCode()).isEqualTo("OrganizationsException"));
		assertThatThrownBy(() -> this.expiry.set(this.ownerAdmin, 31)).isInstanceOfSatisfying(AwsException.class,
				(refused) -> assertThat(refused.errorCode()).isEqualTo("InvalidParameterException"));
		assertThatThrownBy(() -> this.expiry.set(this.ownerAdmin, 0)).isInstanceOf(AwsException.class);
		assertThat(this.expiry.setting(this.partnerAdmin)).isEmpty();

		this.expiry.set(this.ownerAdmin, 30);
		assertThat(this.expiry.setting(this.memberAdmin).orElseThrow().days()).isEqualTo(30);
		this.expiry.set(this.ownerAdmin, null);
		assertThat(this.expiry.setting(this.memberAdmin).orElseThrow().enabled()).isFalse();
	}

	@Test
	void anInvitationRemindsADayBeforeAndThenExpiresForBothSides() {
		this.expiry.set(this.ownerAdmin, 2);
		String shared = invite();
		assertThat(this.consumers.invitationsExpiringSoon(this.partnerAdmin)).isEmpty();

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(this.consumers.invitationsExpiringSoon(this.partnerAdmin)).extracting(Share::sharedDirectoryId)
			.containsExactly(shared);
		assertThat(this.consumers.pendingInvitations(this.partnerAdmin, NavigationBadge.COUNTED_UP_TO)).isEqualTo(1);

		this.clock.advance(Duration.ofDays(1));

		// By the clock, before the settle job has written anything.
		assertThat(consumerRow(shared).shareStatus()).isEqualTo(ShareStatus.Expired);
		assertThat(this.consumers.pendingInvitations(this.partnerAdmin, NavigationBadge.COUNTED_UP_TO)).isZero();
		assertThat(this.consumers.invitationsExpiringSoon(this.partnerAdmin)).isEmpty();
		Share ownerView = this.queries.sharesPage(this.ownerAdmin, this.directory.id(), false, 1).items().get(0);
		assertThat(ownerView.shareStatus()).isEqualTo(ShareStatus.Expired);
		assertThat(ownerView.shareStatus().wireValue()).isEqualTo("Rejected");
		assertThatThrownBy(() -> this.consumers.acceptSharedDirectory(this.partnerAdmin, shared))
			.isInstanceOfSatisfying(AwsException.class, (refused) -> {
				assertThat(refused.errorCode()).isEqualTo("EntityDoesNotExistException");
				assertThat(refused.getMessage()).contains("expired");
			});
		assertThatThrownBy(() -> this.consumers.rejectSharedDirectory(this.partnerAdmin, shared))
			.isInstanceOf(AwsException.class);

		// The settle job writes it, and the account can be invited again.
		this.settler.settleDue(this.clock.instant());
		assertThat(this.queries.describeSharedDirectories(this.ownerAdmin, this.directory.id(), List.of(shared), 0, 10)
			.items()).singleElement().satisfies((share) -> assertThat(share.shareStatus()).isEqualTo(ShareStatus.Expired));
		String again = invite();
		assertThat(this.consumers.sharedDirectory(this.partnerAdmin, again).isPendingAcceptance()).isTrue();
	}

	private String invite() {
		return this.owners.shareDirectory(this.ownerAdmin, this.directory.id(),
				ShareTarget.account(this.partnerAdmin.accountId()), ShareMethod.HANDSHAKE, "Expiring invitation");
	}

	private Share consumerRow(String sharedDirectoryId) {
		return this.consumers.sharedWithMePage(this.partnerAdmin, 1, false, false)
			.items()
			.stream()
			.filter((share) -> share.sharedDirectoryId().equals(sharedDirectoryId))
			.findFirst()
			.orElseThrow();
	}

}
