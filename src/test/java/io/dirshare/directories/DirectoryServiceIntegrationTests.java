package io.dirshare.directories;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.Slice;
import io.dirshare.identity.PermissionSet;
import io.dirshare.sharing.ConsumerSharingService;
import io.dirshare.sharing.OwnerSharingService;
import io.dirshare.sharing.ShareMethod;
import io.dirshare.sharing.ShareQueries;
import io.dirshare.sharing.ShareStatus;
import io.dirshare.sharing.ShareTarget;
import io.dirshare.sharing.SharingFixtures;
import io.dirshare.test.IntegrationTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(SharingFixtures.class)
class DirectoryServiceIntegrationTests {

	@Autowired
	SharingFixtures fixtures;

	@Autowired
	DirectoryService directories;

	@Autowired
	DirectoryActivationJob activation;

	@Autowired
	OwnerSharingService owners;

	@Autowired
	ConsumerSharingService consumers;

	@Autowired
	ShareQueries queries;

	@Autowired
	JdbcClient jdbc;

	String account;

	Caller admin;

	@BeforeEach
	void anAccount() {
		this.account = this.fixtures.account();
		this.admin = this.fixtures.admin(this.account);
	}

	@Test
	void aNewDirectoryIsCreatingThenActiveAndItsPasswordIsNotStored() {
		String password = "Unique-Secret-" + System.nanoTime();
		Directory created = this.directories.createMicrosoftAd(this.admin,
				new NewDirectory("corp.test.example.com", "", password, "Main directory", "Standard"));

		assertThat(created.id()).matches(Directory.ID_PATTERN);
		assertThat(created.stage()).isEqualTo(DirectoryStage.Creating);
		assertThat(created.shortName()).isEqualTo("CORP");
		assertThat(created.primaryRegion()).isEqualTo(AwsRegion.US_EAST_1);
		assertThat(this.activation.activateDue(Instant.now().plusSeconds(3600))).isGreaterThanOrEqualTo(1);
		assertThat(this.directories.directory(this.admin, created.id()).stage()).isEqualTo(DirectoryStage.Active);

		Map<String, Object> row = this.jdbc.sql("SELECT * FROM directory WHERE id = :id").param("id", created.id())
			.query()
			.singleRow();
		assertThat(row.values()).noneMatch((value) -> String.valueOf(value).contains(password));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE summary LIKE :p").param("p", "%" + password + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theAdminPasswordAndNamesAreValidatedAsAwsDoes() {
		refused("InvalidParameterException", () -> create("corp.example.com", "Short1!"));
		refused("InvalidParameterException", () -> create("corp.example.com", "alllowercase1"));
		refused("InvalidParameterException", () -> create("corp.example.com", "x".repeat(60) + "Aa1!x"));
		refused("InvalidParameterException", () -> create("not a dns name", "Valid-Passw0rd"));
		refused("InvalidParameterException", () -> create("single", "Valid-Passw0rd"));
		refused("InvalidParameterException", () -> this.directories.createMicrosoftAd(this.admin,
				new NewDirectory("corp.example.com", null, "Valid-Passw0rd", null, "Huge")));
		assertThat(create("corp.example.com", "lower-and-digit-1")).isNotNull();
		assertThat(create("corp2.example.com", "UPPER-AND-DIGIT-1")).isNotNull();
		Caller auditor = this.fixtures.caller(this.account, PermissionSet.ReadOnlyAccess, AwsRegion.US_EAST_1);
		refused("AccessDeniedException", () -> this.directories.createMicrosoftAd(auditor,
				new NewDirectory("corp.example.com", null, "Valid-Passw0rd", null, "Standard")));
	}

	@Test
	void directoriesAreListedInEachOfTheirRegions() {
		Directory enterprise = this.fixtures.activeDirectory(this.admin, "Enterprise");
		Caller west = this.admin.inRegion(AwsRegion.US_WEST_2);
		assertThat(listed(west)).doesNotContain(enterprise.id());

		this.directories.addRegion(this.admin, enterprise.id(), "us-west-2");

		assertThat(listed(west)).contains(enterprise.id());
		assertThat(listed(this.admin)).contains(enterprise.id());
		assertThat(this.directories.describeRegions(this.admin, enterprise.id(), null))
			.extracting(DirectoryRegion::region, DirectoryRegion::regionType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AwsRegion.US_EAST_1, "Primary"),
					org.assertj.core.groups.Tuple.tuple(AwsRegion.US_WEST_2, "Additional"));
		refused("DirectoryAlreadyInRegionException",
				() -> this.directories.addRegion(this.admin, enterprise.id(), "us-west-2"));
		this.directories.addRegion(this.admin, enterprise.id(), "eu-west-1");
		this.directories.addRegion(this.admin, enterprise.id(), "eu-central-1");
		this.directories.addRegion(this.admin, enterprise.id(), "ap-south-1");
		refused("RegionLimitExceededException",
				() -> this.directories.addRegion(this.admin, enterprise.id(), "sa-east-1"));
		refused("InvalidParameterException", () -> this.directories.addRegion(this.admin, enterprise.id(), "mars-1"));

		refused("UnsupportedOperationException", () -> this.directories.removeRegion(this.admin, enterprise.id()));
		this.directories.removeRegion(west, enterprise.id());
		assertThat(listed(west)).doesNotContain(enterprise.id());

		Directory standard = this.fixtures.activeDirectory(this.admin, "Standard");
		refused("UnsupportedOperationException",
				() -> this.directories.addRegion(this.admin, standard.id(), "us-west-2"));
	}

	@Test
	void anotherAccountsDirectoryDoesNotExistForTheCaller() {
		Directory directory = this.fixtures.activeDirectory(this.admin, "Enterprise");
		Caller stranger = this.fixtures.admin(this.fixtures.account());
		refused("EntityDoesNotExistException", () -> this.directories.directory(stranger, directory.id()));
		refused("EntityDoesNotExistException", () -> this.directories.deleteDirectory(stranger, directory.id()));
		refused("EntityDoesNotExistException", () -> this.directories.addRegion(stranger, directory.id(), "us-west-2"));
		refused("EntityDoesNotExistException",
				() -> this.directories.describeDirectories(stranger, List.of(directory.id()), 0, 100));
		refused("InvalidParameterException", () -> this.directories.directory(stranger, "d-XYZ"));
	}

	@Test
	void aDirectoryWithLiveSharesIsNotDeletedUntilTheyAreUnshared() {
		Directory directory = this.fixtures.activeDirectory(this.admin, "Standard");
		String consumer = this.fixtures.account();
		String sharedId = this.owners.shareDirectory(this.admin, directory.id(), ShareTarget.account(consumer),
				ShareMethod.HANDSHAKE, null);

		refused("ClientException", () -> this.directories.deleteDirectory(this.admin, directory.id()));
		assertThat(this.queries.liveSharesOf(this.admin, directory.id())).extracting("sharedDirectoryId")
			.containsExactly(sharedId);

		this.directories.unshareAllAndDelete(this.admin, directory.id());

		refused("EntityDoesNotExistException", () -> this.directories.directory(this.admin, directory.id()));
		refused("EntityDoesNotExistException",
				() -> this.consumers.sharedDirectory(this.fixtures.admin(consumer), sharedId));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE account_id = :a AND event_name = 'ds:UnshareDirectory'")
			.param("a", this.account)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void describeDirectoriesPagesThroughOwnedAndSharedDirectories() {
		for (int i = 0; i < 3; i++) {
			this.fixtures.activeDirectory(this.admin, "Standard");
		}
		Caller owner = this.fixtures.admin(this.fixtures.account());
		Directory shared = this.fixtures.activeDirectory(owner, "Standard");
		String sharedId = this.owners.shareDirectory(owner, shared.id(), ShareTarget.account(this.account),
				ShareMethod.HANDSHAKE, "hello");

		Slice<DirectoryDescription> first = this.directories.describeDirectories(this.admin, null, 0, 3);
		Slice<DirectoryDescription> second = this.directories.describeDirectories(this.admin, null, first.nextOffset(), 3);
		assertThat(first.items()).hasSize(3);
		assertThat(second.items()).hasSize(1);
		assertThat(second.hasMore()).isFalse();
		DirectoryDescription invitation = java.util.stream.Stream
			.concat(first.items().stream(), second.items().stream())
			.filter((row) -> row.directoryId().equals(sharedId))
			.findFirst()
			.orElseThrow();
		assertThat(invitation.type()).isEqualTo("SharedMicrosoftAD");
		assertThat(invitation.shareStatus()).isEqualTo(ShareStatus.PendingAcceptance.name());
		assertThat(invitation.shareNotes()).isEqualTo("hello");
		assertThat(this.directories.directoriesPage(this.admin, 1).items()).hasSize(4);
	}

	private Directory create(String name, String password) {
		return this.directories.createMicrosoftAd(this.admin, new NewDirectory(name, null, password, null, "Standard"));
	}

	private List<String> listed(Caller caller) {
		return this.directories.describeDirectories(caller, null, 0, 1000)
			.items()
			.stream()
			.map(DirectoryDescription::directoryId)
			.toList();
	}

	private static void refused(String errorCode, ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class,
				(refusal) -> assertThat(refusal.errorCode()).as(refusal.getMessage()).isEqualTo(errorCode));
	}

}
