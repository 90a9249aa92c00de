package io.dirshare.sharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Slice;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryDescription;
import io.dirshare.directories.DirectoryService;
import io.dirshare.core.Caller;
import io.dirshare.identity.PermissionSet;
import io.dirshare.organizations.AccountLeftOrganizationEvent;
import io.dirshare.organizations.OrganizationAccountRepository;
import io.dirshare.organizations.TrustedAccess;
import io.dirshare.organizations.TrustedAccessService;
import io.dirshare.test.IntegrationTest;
import io.dirshare.web.NavigationBadge;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
@Import(SharingFixtures.class)
class SharingServiceIntegrationTests {

	@Autowired
	SharingFixtures fixtures;

	@Autowired
	OwnerSharingService owners;

	@Autowired
	ConsumerSharingService consumers;

	@Autowired
	ShareQueries queries;

	@Autowired
	OrganizationSharingPolicy organizationSharing;

	@Autowired
	ShareWithAccounts shareWithAccounts;

	@Autowired
	DirectoryService directories;

	@Autowired
	ShareSettler settler;

	@Autowired
	ShareRepository shares;

	@Autowired
	TrustedAccessService trustedAccessService;

	@Autowired
	OrganizationAccountRepository memberships;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	String owner;

	String member;

	String outsider;

	String organizationId;

	Caller ownerAdmin;

	@BeforeEach
	void organizationWithADirectory() {
		this.owner = this.fixtures.account();
		this.member = this.fixtures.account();
		this.outsider = this.fixtures.account();
		this.organizationId = this.fixtures.organization(this.owner, this.member);
		this.ownerAdmin = this.fixtures.admin(this.owner);
	}

	@Test
	void aHandshakeShareWaitsForAcceptanceThenBecomesShared() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String sharedId = this.owners.shareDirectory(this.ownerAdmin, directory.id(), ShareTarget.account(this.outsider),
				ShareMethod.HANDSHAKE, "Please use <b>this</b>");

		assertThat(sharedId).matches(Directory.ID_PATTERN).isNotEqualTo(directory.id());
		Caller consumer = this.fixtures.admin(this.outsider);
		Share invitation = this.consumers.sharedDirectory(consumer, sharedId);
		assertThat(invitation.shareStatus()).isEqualTo(ShareStatus.PendingAcceptance);
		assertThat(invitation.shareNotes()).isEqualTo("Please use <b>this</b>");
		assertThat(invitation.dnsName()).isEqualTo(directory.dnsName());
		assertThat(this.consumers.pendingInvitations(consumer, NavigationBadge.COUNTED_UP_TO)).isEqualTo(1);

		Share accepted = this.consumers.acceptSharedDirectory(consumer, sharedId);
		assertThat(accepted.shareStatus()).isEqualTo(ShareStatus.Sharing);
		assertThat(this.consumers.pendingInvitations(consumer, NavigationBadge.COUNTED_UP_TO)).isZero();
		this.fixtures.settle();
		assertThat(this.consumers.sharedDirectory(consumer, sharedId).shareStatus()).isEqualTo(ShareStatus.Shared);

		refused("DirectoryAlreadySharedException", () -> this.consumers.acceptSharedDirectory(consumer, sharedId));
		refused("DirectoryAlreadySharedException", () -> this.consumers.rejectSharedDirectory(consumer, sharedId));
		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Shared);
	}

	@Test
	void anOrganizationShareNeedsNoAcceptance() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Enterprise");
		String sharedId = this.owners.shareDirectory(this.ownerAdmin, directory.id(), ShareTarget.account(this.member),
				ShareMethod.ORGANIZATIONS, "ignored for ORGANIZATIONS");

		Share sharing = ownerView(directory, sharedId);
		assertThat(sharing.shareStatus()).isEqualTo(ShareStatus.Sharing);
		assertThat(sharing.shareNotes()).isNull();
		this.fixtures.settle();
		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Shared);

		List<DirectoryDescription> consumerView = this.directories
			.describeDirectories(this.fixtures.admin(this.member), List.of(sharedId), 0, 100)
			.items();
		assertThat(consumerView).singleElement().satisfies((shared) -> {
			assertThat(shared.type()).isEqualTo("SharedMicrosoftAD");
			assertThat(shared.shareStatus()).isEqualTo("Shared");
			assertThat(shared.shareMethod()).isEqualTo("ORGANIZATIONS");
			assertThat(shared.ownerAccountId()).isEqualTo(this.owner);
			assertThat(shared.ownerDirectoryId()).isEqualTo(directory.id());
		});
	}

	@Test
	void sharingRefusesWithAwsNamedErrorsAndChangesNothing() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String id = directory.id();
		refused("InvalidTargetException", () -> share(id, this.owner, ShareMethod.HANDSHAKE));
		refused("InvalidTargetException", () -> share(id, "12345", ShareMethod.HANDSHAKE));
		refused("InvalidTargetException", () -> share(id, "999999999999x", ShareMethod.HANDSHAKE));
		refused("InvalidParameterException", () -> this.owners.shareDirectory(this.ownerAdmin, id,
				new ShareTarget(this.outsider, "ORGANIZATION"), ShareMethod.HANDSHAKE, null));
		refused("InvalidParameterException", () -> this.owners.shareDirectory(this.ownerAdmin, id,
				ShareTarget.account(this.outsider), ShareMethod.HANDSHAKE, "x".repeat(1025)));
		refused("InvalidParameterException", () -> share("d-nothex!!!!", this.outsider, ShareMethod.HANDSHAKE));
		refused("EntityDoesNotExistException", () -> share("d-0000000000", this.outsider, ShareMethod.HANDSHAKE));
		refused("InvalidTargetException", () -> share(id, this.outsider, ShareMethod.ORGANIZATIONS));

		Caller auditor = this.fixtures.caller(this.owner, PermissionSet.ReadOnlyAccess, AwsRegion.US_EAST_1);
		refused("AccessDeniedException", () -> this.owners.shareDirectory(auditor, id,
				ShareTarget.account(this.outsider), ShareMethod.HANDSHAKE, null));
		Caller directoryAdmin = this.fixtures.caller(this.owner, PermissionSet.DirectoryServiceFullAccess,
				AwsRegion.US_EAST_1);
		this.owners.shareDirectory(directoryAdmin, id, ShareTarget.account(this.outsider), ShareMethod.HANDSHAKE, null);
		refused("DirectoryAlreadySharedException", () -> share(id, this.outsider, ShareMethod.HANDSHAKE));

		// Another account's directory does not exist for the caller.
		refused("EntityDoesNotExistException", () -> this.owners.shareDirectory(this.fixtures.admin(this.member), id,
				ShareTarget.account(this.outsider), ShareMethod.HANDSHAKE, null));
		assertThat(this.queries.sharesPage(this.ownerAdmin, id, false, 1).items()).hasSize(1);
	}

	@Test
	void aDirectoryStillCreatingCannotBeShared() {
		Directory creating = this.directories.createMicrosoftAd(this.ownerAdmin, new io.dirshare.directories.NewDirectory(
				"creating.example.com", null, SharingFixtures.ADMIN_PASSWORD, null, "Standard"));
		refused("ClientException", () -> share(creating.id(), this.outsider, ShareMethod.HANDSHAKE));
	}

	@Test
	void organizationSharingNeedsTheManagementAccountOfAnOrganization() {
		Caller memberAdmin = this.fixtures.admin(this.member);
		Directory memberDirectory = this.fixtures.activeDirectory(memberAdmin, "Standard");
		refused("OrganizationsException", () -> this.owners.shareDirectory(memberAdmin, memberDirectory.id(),
				ShareTarget.account(this.owner), ShareMethod.ORGANIZATIONS, null));
		Caller outsiderAdmin = this.fixtures.admin(this.outsider);
		Directory standalone = this.fixtures.activeDirectory(outsiderAdmin, "Standard");
		refused("OrganizationsException", () -> this.owners.shareDirectory(outsiderAdmin, standalone.id(),
				ShareTarget.account(this.owner), ShareMethod.ORGANIZATIONS, null));
		// A standalone account shares by handshake with anyone.
		assertThat(this.owners.shareDirectory(outsiderAdmin, standalone.id(), ShareTarget.account(this.owner),
				ShareMethod.HANDSHAKE, null)).isNotBlank();
	}

	@Test
	void theWizardOffersOrganizationSharingForTheSameReasonsShareDirectoryAllowsIt() {
		for (String account : List.of(this.member, this.outsider)) {
			Caller admin = this.fixtures.admin(account);
			Directory directory = this.fixtures.activeDirectory(admin, "Standard");
			OrganizationSharing offer = this.organizationSharing.organizationSharing(admin);
			assertThat(offer.available()).isFalse();
			assertThatThrownBy(() -> this.owners.shareDirectory(admin, directory.id(), ShareTarget.account(this.owner),
					ShareMethod.ORGANIZATIONS, null))
				.hasMessage(offer.unavailableReason());
		}
		assertThat(this.organizationSharing.organizationSharing(this.ownerAdmin).available()).isTrue();
	}

	@Test
	void withTrustedAccessDisabledExistingSharesStayAndOnlyHandshakesWork() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Enterprise");
		String sharedId = share(directory.id(), this.member, ShareMethod.ORGANIZATIONS);
		this.fixtures.settle();
		String third = this.fixtures.account();
		this.memberships.insert(third, this.organizationId, "INVITED", Instant.now());

		this.trustedAccessService.disableTrustedAccess(this.ownerAdmin, TrustedAccess.DIRECTORY_SERVICE, "disable");

		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Shared);
		refused("OrganizationsException", () -> share(directory.id(), third, ShareMethod.ORGANIZATIONS));
		assertThat(this.queries.sharesPage(this.ownerAdmin, directory.id(), false, 1).items()).hasSize(1);
		assertThat(share(directory.id(), third, ShareMethod.HANDSHAKE)).isNotBlank();
		assertThat(this.organizationSharing.organizationSharing(this.ownerAdmin).trustedAccessEnabled()).isFalse();

		this.trustedAccessService.enableTrustedAccess(this.ownerAdmin, TrustedAccess.DIRECTORY_SERVICE);
		String fourth = this.fixtures.account();
		this.memberships.insert(fourth, this.organizationId, "INVITED", Instant.now());
		assertThat(share(directory.id(), fourth, ShareMethod.ORGANIZATIONS)).isNotBlank();
	}

	@Test
	void theWizardSharesWithEachAccountOnItsOwnAfterEnablingTrustedAccess() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Enterprise");
		this.trustedAccessService.disableTrustedAccess(this.ownerAdmin, TrustedAccess.DIRECTORY_SERVICE, "disable");

		ShareOutcomes shared = this.shareWithAccounts.share(this.ownerAdmin, directory.id(), ShareMethod.ORGANIZATIONS,
				List.of(this.member, this.outsider, this.member), null, true);

		assertThat(shared.trustedAccess().enabled()).isTrue();
		assertThat(shared.outcomes()).extracting(ShareOutcomes.Outcome::accountId, ShareOutcomes.Outcome::errorCode)
			.containsExactly(tuple(this.member, null), tuple(this.outsider, "InvalidTargetException"));
		assertThat(shared.succeeded()).isOne();
		assertThat(this.queries.liveSharesOf(this.ownerAdmin, directory.id())).extracting(Share::sharedAccountId)
			.containsExactly(this.member);
		Caller auditor = this.fixtures.caller(this.owner, PermissionSet.ReadOnlyAccess, AwsRegion.US_EAST_1);
		refused("AccessDeniedException", () -> this.shareWithAccounts.share(auditor, directory.id(),
				ShareMethod.HANDSHAKE, List.of(this.outsider), null, false));
	}

	@Test
	void sharesBelongToTheirRegion() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Enterprise");
		this.directories.addRegion(this.ownerAdmin, directory.id(), "us-west-2");
		Caller west = this.ownerAdmin.inRegion(AwsRegion.US_WEST_2);
		String sharedId = this.owners.shareDirectory(west, directory.id(), ShareTarget.account(this.outsider),
				ShareMethod.HANDSHAKE, null);

		assertThat(this.queries.describeSharedDirectories(west, directory.id(), null, 0, 100).items())
			.extracting(Share::sharedDirectoryId)
			.containsExactly(sharedId);
		assertThat(this.queries.describeSharedDirectories(this.ownerAdmin, directory.id(), null, 0, 100)
			.items()).isEmpty();
		Caller consumerEast = this.fixtures.admin(this.outsider);
		assertThat(this.consumers.sharedWithMePage(consumerEast, 1).items()).isEmpty();
		assertThat(this.consumers.pendingInvitations(consumerEast, NavigationBadge.COUNTED_UP_TO)).isZero();
		refused("EntityDoesNotExistException", () -> this.consumers.acceptSharedDirectory(consumerEast, sharedId));
		Caller consumerWest = consumerEast.inRegion(AwsRegion.US_WEST_2);
		assertThat(this.consumers.pendingInvitations(consumerWest, NavigationBadge.COUNTED_UP_TO)).isOne();
		// The same directory can be shared with the same account in another Region.
		assertThat(share(directory.id(), this.outsider, ShareMethod.HANDSHAKE)).isNotEqualTo(sharedId);
	}

	@Test
	void aRejectedInvitationDisappearsForTheConsumerAndCanBeSentAgain() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String sharedId = share(directory.id(), this.outsider, ShareMethod.HANDSHAKE);
		Caller consumer = this.fixtures.admin(this.outsider);

		assertThat(this.consumers.rejectSharedDirectory(consumer, sharedId)).isEqualTo(sharedId);
		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Rejecting);
		refused("DirectoryAlreadySharedException", () -> this.consumers.rejectSharedDirectory(consumer, sharedId));
		this.fixtures.settle();
		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Rejected);
		assertThat(this.consumers.sharedWithMePage(consumer, 1).items()).isEmpty();
		refused("EntityDoesNotExistException", () -> this.consumers.sharedDirectory(consumer, sharedId));
		refused("DirectoryAlreadySharedException", () -> this.consumers.acceptSharedDirectory(consumer, sharedId));

		assertThat(share(directory.id(), this.outsider, ShareMethod.HANDSHAKE)).isNotEqualTo(sharedId);
	}

	@Test
	void unsharingRemovesTheConsumersDirectoryAndKeepsTheOwnersRecord() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String sharedId = share(directory.id(), this.outsider, ShareMethod.HANDSHAKE);
		Caller consumer = this.fixtures.admin(this.outsider);
		this.consumers.acceptSharedDirectory(consumer, sharedId);
		this.fixtures.settle();

		assertThat(this.owners.unshareDirectory(this.ownerAdmin, directory.id(), ShareTarget.account(this.outsider)))
			.isEqualTo(sharedId);
		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Deleting);
		refused("DirectoryNotSharedException",
				() -> this.owners.unshareDirectory(this.ownerAdmin, directory.id(), ShareTarget.account(this.outsider)));
		this.fixtures.settle();

		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Deleted);
		assertThat(this.queries.sharesPage(this.ownerAdmin, directory.id(), true, 1).items()).isEmpty();
		assertThat(this.consumers.sharedWithMePage(consumer, 1).items()).isEmpty();
		assertThat(this.directories.describeDirectories(consumer, null, 0, 100).items()).isEmpty();
		refused("EntityDoesNotExistException", () -> this.consumers.sharedDirectory(consumer, sharedId));
	}

	@Test
	void theConsumerDropsAnAcceptedShareByDeletingItsSharedDirectory() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String sharedId = share(directory.id(), this.outsider, ShareMethod.HANDSHAKE);
		Caller consumer = this.fixtures.admin(this.outsider);
		refused("ClientException", () -> this.directories.deleteDirectory(consumer, sharedId));
		this.consumers.acceptSharedDirectory(consumer, sharedId);
		this.fixtures.settle();

		assertThat(this.directories.deleteDirectory(consumer, sharedId)).isEqualTo(sharedId);
		this.fixtures.settle();
		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Deleted);
		refused("EntityDoesNotExistException", () -> this.directories.deleteDirectory(consumer, sharedId));
	}

	@Test
	void noAccountSeesOrAnswersAnotherAccountsInvitation() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String sharedId = share(directory.id(), this.outsider, ShareMethod.HANDSHAKE);
		Caller stranger = this.fixtures.admin(this.member);
		refused("EntityDoesNotExistException", () -> this.consumers.sharedDirectory(stranger, sharedId));
		refused("EntityDoesNotExistException", () -> this.consumers.acceptSharedDirectory(stranger, sharedId));
		refused("EntityDoesNotExistException", () -> this.consumers.rejectSharedDirectory(stranger, sharedId));
		refused("EntityDoesNotExistException", () -> this.directories.deleteDirectory(stranger, sharedId));
		refused("EntityDoesNotExistException", () -> this.queries.sharesPage(stranger, directory.id(), true, 1));
		// The owner cannot accept its own invitation either.
		refused("EntityDoesNotExistException", () -> this.consumers.acceptSharedDirectory(this.ownerAdmin, sharedId));
		Caller readOnlyConsumer = this.fixtures.caller(this.outsider, PermissionSet.ReadOnlyAccess, AwsRegion.US_EAST_1);
		refused("AccessDeniedException", () -> this.consumers.acceptSharedDirectory(readOnlyConsumer, sharedId));
		assertThat(this.consumers.sharedDirectory(this.fixtures.admin(this.outsider), sharedId).shareStatus())
			.isEqualTo(ShareStatus.PendingAcceptance);
	}

	@Test
	void aShareLeftInSharingBeforeARestartSettlesWhenTheJobRuns() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String sharedId = share(directory.id(), this.outsider, ShareMethod.HANDSHAKE);
		// As an instance that accepted and then stopped before the delay was over would have left it.
		Instant past = Instant.now().minusSeconds(60);
		this.jdbc.sql("UPDATE directory_share SET share_status = 'Sharing', settle_due_at = :due WHERE shared_directory_id = :id")
			.param("due", Timestamp.from(past))
			.param("id", sharedId)
			.update();

		// The scheduled poll of this very context may get there first; either way the job settles it.
		this.settler.settleDue(Instant.now());
		assertThat(ownerView(directory, sharedId).shareStatus()).isEqualTo(ShareStatus.Shared);
	}

	@Test
	void twoInstancesSettlingTheSameShareSettleItOnce() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String sharedId = share(directory.id(), this.member, ShareMethod.ORGANIZATIONS);
		Share seenByBoth = this.shares.findBySharedDirectoryId(sharedId).orElseThrow();

		assertThat(this.shares.transition(seenByBoth, ShareStatus.Shared, Instant.now(), null)).isTrue();
		assertThat(this.shares.transition(seenByBoth, ShareStatus.Shared, Instant.now(), null)).isFalse();
		assertThat(this.shares.findBySharedDirectoryId(sharedId).orElseThrow().version())
			.isEqualTo(seenByBoth.version() + 1);
	}

	@Test
	void anAccountLeavingTheOrganizationLosesItsOrganizationSharesButKeepsHandshakes() {
		Directory corp = this.fixtures.activeDirectory(this.ownerAdmin, "Enterprise");
		Directory lab = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String organizationShare = share(corp.id(), this.member, ShareMethod.ORGANIZATIONS);
		String handshake = share(lab.id(), this.member, ShareMethod.HANDSHAKE);
		this.consumers.acceptSharedDirectory(this.fixtures.admin(this.member), handshake);
		this.fixtures.settle();

		this.transaction.executeWithoutResult((status) -> {
			this.memberships.deleteById(this.member);
			this.events.publishEvent(new AccountLeftOrganizationEvent(this.member, this.organizationId, this.owner));
		});

		assertThat(ownerView(corp, organizationShare).shareStatus()).isEqualTo(ShareStatus.Deleting);
		this.fixtures.settle();
		assertThat(ownerView(corp, organizationShare).shareStatus()).isEqualTo(ShareStatus.Deleted);
		assertThat(ownerView(lab, handshake).shareStatus()).isEqualTo(ShareStatus.Shared);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE account_id = :owner AND event_source = 'dirshare' "
				+ "AND event_name = 'ds:UnshareDirectory'").param("owner", this.owner).query(Long.class).single())
			.isOne();
	}

	@Test
	void anOrganizationShareWhoseConsumerLeftBeforeItSettledFails() {
		Directory corp = this.fixtures.activeDirectory(this.ownerAdmin, "Enterprise");
		String sharedId = share(corp.id(), this.member, ShareMethod.ORGANIZATIONS);
		this.memberships.deleteById(this.member);

		this.fixtures.settle();

		assertThat(ownerView(corp, sharedId).shareStatus()).isEqualTo(ShareStatus.ShareFailed);
	}

	@Test
	void everyChangeIsInTheEventHistoryOfBothAccounts() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Standard");
		String sharedId = share(directory.id(), this.outsider, ShareMethod.HANDSHAKE);
		this.consumers.acceptSharedDirectory(this.fixtures.admin(this.outsider), sharedId);
		refused("DirectoryAlreadySharedException", () -> share(directory.id(), this.outsider, ShareMethod.HANDSHAKE));

		assertThat(events(this.owner)).contains("ds:CreateMicrosoftAD/Success", "ds:ShareDirectory/Success",
				"ds:AcceptSharedDirectory/Success", "ds:ShareDirectory/Failure");
		assertThat(events(this.outsider)).contains("ds:ShareDirectory/Success", "ds:AcceptSharedDirectory/Success");
	}

	@Test
	void describeSharedDirectoriesPagesWithNextToken() {
		Directory directory = this.fixtures.activeDirectory(this.ownerAdmin, "Enterprise");
		for (int i = 0; i < 5; i++) {
			share(directory.id(), this.fixtures.account(), ShareMethod.HANDSHAKE);
		}
		Slice<Share> first = this.queries.describeSharedDirectories(this.ownerAdmin, directory.id(), null, 0, 2);
		Slice<Share> second = this.queries.describeSharedDirectories(this.ownerAdmin, directory.id(), null,
				first.nextOffset(), 2);
		Slice<Share> third = this.queries.describeSharedDirectories(this.ownerAdmin, directory.id(), null,
				second.nextOffset(), 2);
		assertThat(first.items()).hasSize(2);
		assertThat(second.items()).hasSize(2);
		assertThat(third.items()).hasSize(1);
		assertThat(third.hasMore()).isFalse();
		refused("EntityDoesNotExistException", () -> this.queries.describeSharedDirectories(this.ownerAdmin,
				directory.id(), List.of("d-0000000000"), 0, 100));
	}

	private List<String> events(String accountId) {
		return this.jdbc.sql("SELECT event_name, outcome FROM audit_event WHERE account_id = :account")
			.param("account", accountId)
			.query((rs, row) -> rs.getString(1) + "/" + rs.getString(2))
			.list();
	}

	private String share(String directoryId, String target, ShareMethod method) {
		return this.owners.shareDirectory(this.ownerAdmin, directoryId, ShareTarget.account(target), method,
				(method == ShareMethod.HANDSHAKE) ? "note" : null);
	}

	private Share ownerView(Directory directory, String sharedId) {
		return this.queries.sharesPage(this.ownerAdmin, directory.id(), false, 1)
			.items()
			.stream()
			.filter((share) -> share.sharedDirectoryId().equals(sharedId))
			.findFirst()
			.orElseThrow();
	}

	static void refused(String errorCode, ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class,
				(refusal) -> assertThat(refusal.errorCode()).as(refusal.getMessage()).isEqualTo(errorCode));
	}

}
