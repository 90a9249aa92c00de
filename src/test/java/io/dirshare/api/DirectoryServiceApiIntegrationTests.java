package io.dirshare.api;

import java.util.List;

import io.dirshare.identity.PermissionSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.AccessDeniedException;
import software.amazon.awssdk.services.directory.model.ClientException;
import software.amazon.awssdk.services.directory.model.DirectoryAlreadyInRegionException;
import software.amazon.awssdk.services.directory.model.DirectoryDescription;
import software.amazon.awssdk.services.directory.model.DirectoryDoesNotExistException;
import software.amazon.awssdk.services.directory.model.DirectoryEdition;
import software.amazon.awssdk.services.directory.model.DirectoryStage;
import software.amazon.awssdk.services.directory.model.DirectoryType;
import software.amazon.awssdk.services.directory.model.EntityDoesNotExistException;
import software.amazon.awssdk.services.directory.model.InvalidNextTokenException;
import software.amazon.awssdk.services.directory.model.InvalidParameterException;
import software.amazon.awssdk.services.directory.model.RegionDescription;
import software.amazon.awssdk.services.directory.model.RegionLimitExceededException;
import software.amazon.awssdk.services.directory.model.RegionType;
import software.amazon.awssdk.services.directory.model.UnsupportedOperationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Directories and their Regions through the real SDK's DirectoryClient. */
class DirectoryServiceApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void createMicrosoftAdIsCreatingThenActiveAndDescribedInItsRegion() {
		ApiAccount owner = newApiAccount("Directory owner");
		DirectoryClient client = directory(owner);

		String directoryId = client.createMicrosoftAD((r) -> r.name("corp.example.com")
			.shortName("CORP")
			.password(ADMIN_PASSWORD)
			.description("Main directory")
			.edition(DirectoryEdition.STANDARD)
			.vpcSettings(ApiIntegrationTest::vpc)).directoryId();

		assertThat(directoryId).matches("^d-[0-9a-f]{10}$");
		DirectoryDescription creating = client.describeDirectories((r) -> r.directoryIds(directoryId))
			.directoryDescriptions()
			.get(0);
		assertThat(creating.stage()).isIn(DirectoryStage.CREATING, DirectoryStage.ACTIVE);
		awaitValue(() -> client.describeDirectories((r) -> r.directoryIds(directoryId)).directoryDescriptions().get(0).stage(),
				DirectoryStage.ACTIVE);
		DirectoryDescription active = client.describeDirectories((r) -> r.directoryIds(directoryId))
			.directoryDescriptions()
			.get(0);
		assertThat(active.name()).isEqualTo("corp.example.com");
		assertThat(active.shortName()).isEqualTo("CORP");
		assertThat(active.edition()).isEqualTo(DirectoryEdition.STANDARD);
		assertThat(active.type()).isEqualTo(DirectoryType.MICROSOFT_AD);
		assertThat(active.description()).isEqualTo("Main directory");
		assertThat(active.dnsIpAddrs()).hasSize(2);
		assertThat(active.launchTime()).isNotNull();
		assertThat(active.shareStatus()).isNull();
		assertThat(active.ownerDirectoryDescription()).isNull();

		assertThat(client.describeDirectories().directoryDescriptions()).extracting(DirectoryDescription::directoryId)
			.containsExactly(directoryId);
		assertThat(directory(owner, Region.EU_WEST_1).describeDirectories().directoryDescriptions()).isEmpty();
	}

	@Test
	void createMicrosoftAdRefusesWhatTheServiceModelRefuses() {
		DirectoryClient client = directory(newApiAccount("Bad directories"));

		assertThatThrownBy(() -> client.createMicrosoftAD((r) -> r.password(ADMIN_PASSWORD).vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterException");
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
						"1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
			});
		// The model's pattern refuses a weak password before the service sees it, and never echoes it.
		assertThatThrownBy(() -> client.createMicrosoftAD((r) -> r.name("corp.example.com").password("short")
			.vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.startsWith("1 validation error detected: Value at 'password' failed to satisfy constraint: Member must "
						+ "satisfy regular expression pattern")
				.doesNotContain("short"));
		assertThatThrownBy(() -> client.createMicrosoftAD((r) -> r.name("not a name").password(ADMIN_PASSWORD)
			.vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.startsWith("1 validation error detected: Value 'not a name' at 'name' failed to satisfy constraint"));
		// The model's enum has Hybrid too (CreateHybridAD's edition), which CreateMicrosoftAD's service refuses.
		assertThatThrownBy(() -> client.createMicrosoftAD((r) -> r.name("corp.example.com").password(ADMIN_PASSWORD)
			.vpcSettings(ApiIntegrationTest::vpc).edition("Huge")))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("1 validation error detected: Value 'Huge' at 'edition' failed to satisfy constraint: "
						+ "Member must satisfy enum value set: [Enterprise, Standard, Hybrid]"));
		// AWS refuses a directory without VPC settings; dirshare used to create one.
		assertThatThrownBy(() -> client.createMicrosoftAD((r) -> r.name("corp.example.com").password(ADMIN_PASSWORD)))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("1 validation error detected: Value null at 'vpcSettings' failed to satisfy constraint: "
						+ "Member must not be null"));
	}

	@Test
	void describeDirectoriesPagesAndRefusesUnknownIdsAndTokens() {
		ApiAccount owner = newApiAccount("Directory pages");
		DirectoryClient client = directory(owner);
		List<String> ids = List.of(activeDirectory(client, "Standard"), activeDirectory(client, "Standard"),
				activeDirectory(client, "Enterprise"));

		var first = client.describeDirectories((r) -> r.limit(2));
		assertThat(first.directoryDescriptions()).hasSize(2);
		assertThat(first.nextToken()).isNotNull();
		var second = client.describeDirectories((r) -> r.limit(2).nextToken(first.nextToken()));
		assertThat(second.directoryDescriptions()).hasSize(1);
		assertThat(second.nextToken()).isNull();
		assertThat(client.describeDirectoriesPaginator((r) -> r.limit(1)).directoryDescriptions().stream()
			.map(DirectoryDescription::directoryId)).containsExactlyInAnyOrderElementsOf(ids);

		assertThatThrownBy(() -> client.describeDirectories((r) -> r.directoryIds("d-0000000000")))
			.isInstanceOfSatisfying(EntityDoesNotExistException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("EntityDoesNotExistException"));
		assertThatThrownBy(() -> client.describeDirectories((r) -> r.directoryIds("abc")))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("1 validation error detected: Value '[abc]' at 'directoryIds' failed to satisfy constraint: "
						+ "Member must satisfy constraint: [Member must satisfy regular expression pattern: ^d-[0-9a-f]{10}$]"));
		assertThatThrownBy(() -> client.describeDirectories((r) -> r.nextToken("garbage!")))
			.isInstanceOf(InvalidNextTokenException.class);
		ApiAccount other = newApiAccount("Other account");
		assertThatThrownBy(() -> directory(other).describeDirectories((r) -> r.directoryIds(ids.get(0))))
			.isInstanceOf(EntityDoesNotExistException.class);
	}

	@Test
	void regionsAreAddedDescribedAndRemoved() {
		ApiAccount owner = newApiAccount("Regions");
		DirectoryClient client = directory(owner);
		String directoryId = activeDirectory(client, "Enterprise");

		client.addRegion((r) -> r.directoryId(directoryId).regionName("eu-west-1").vpcSettings(ApiIntegrationTest::vpc));

		List<RegionDescription> regions = client.describeRegions((r) -> r.directoryId(directoryId)).regionsDescription();
		assertThat(regions).extracting(RegionDescription::regionName).containsExactlyInAnyOrder("us-east-1", "eu-west-1");
		assertThat(regions).filteredOn((region) -> region.regionName().equals("us-east-1"))
			.singleElement()
			.satisfies((region) -> {
				assertThat(region.regionType()).isEqualTo(RegionType.PRIMARY);
				assertThat(region.launchTime()).isNotNull();
			});
		assertThat(client.describeRegions((r) -> r.directoryId(directoryId).regionName("eu-west-1")).regionsDescription())
			.singleElement()
			.satisfies((region) -> assertThat(region.regionType()).isEqualTo(RegionType.ADDITIONAL));
		assertThat(directory(owner, Region.EU_WEST_1).describeDirectories().directoryDescriptions())
			.extracting(DirectoryDescription::directoryId)
			.contains(directoryId);

		assertThatThrownBy(() -> client.addRegion((r) -> r.directoryId(directoryId).regionName("eu-west-1").vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOf(DirectoryAlreadyInRegionException.class);
		for (String region : List.of("us-west-2", "eu-central-1", "ap-southeast-2")) {
			client.addRegion((r) -> r.directoryId(directoryId).regionName(region).vpcSettings(ApiIntegrationTest::vpc));
		}
		assertThatThrownBy(() -> client.addRegion((r) -> r.directoryId(directoryId).regionName("sa-east-1").vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOf(RegionLimitExceededException.class);

		directory(owner, Region.EU_WEST_1).removeRegion((r) -> r.directoryId(directoryId));
		assertThat(client.describeRegions((r) -> r.directoryId(directoryId)).regionsDescription())
			.extracting(RegionDescription::regionName)
			.doesNotContain("eu-west-1");
		assertThatThrownBy(() -> directory(owner, Region.EU_WEST_1).removeRegion((r) -> r.directoryId(directoryId)))
			.isInstanceOf(DirectoryDoesNotExistException.class);
		assertThatThrownBy(() -> client.removeRegion((r) -> r.directoryId(directoryId)))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void regionErrorsOfStandardAndUnknownDirectories() {
		ApiAccount owner = newApiAccount("Region errors");
		DirectoryClient client = directory(owner);
		String standard = activeDirectory(client, "Standard");

		assertThatThrownBy(() -> client.addRegion((r) -> r.directoryId(standard).regionName("eu-west-1").vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOfSatisfying(UnsupportedOperationException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("UnsupportedOperationException"));
		assertThatThrownBy(() -> client.addRegion((r) -> r.directoryId("d-0000000000").regionName("eu-west-1").vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOf(EntityDoesNotExistException.class);
		assertThatThrownBy(() -> client.addRegion((r) -> r.directoryId(standard).vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.contains("Value null at 'regionName' failed to satisfy constraint: Member must not be null"));
		assertThatThrownBy(() -> client.describeRegions((r) -> r.directoryId("d-0000000000")))
			.isInstanceOf(EntityDoesNotExistException.class);
	}

	@Test
	void deleteDirectoryDeletesAndRefusesUnknownOnes() {
		ApiAccount owner = newApiAccount("Delete directory");
		DirectoryClient client = directory(owner);
		String directoryId = activeDirectory(client, "Standard");

		assertThat(client.deleteDirectory((r) -> r.directoryId(directoryId)).directoryId()).isEqualTo(directoryId);
		assertThatThrownBy(() -> client.describeDirectories((r) -> r.directoryIds(directoryId)))
			.isInstanceOf(EntityDoesNotExistException.class);
		assertThatThrownBy(() -> client.deleteDirectory((r) -> r.directoryId(directoryId)))
			.isInstanceOf(EntityDoesNotExistException.class);
		assertThatThrownBy(() -> client.deleteDirectory((r) -> r.directoryId("D-BAD")))
			.isInstanceOf(InvalidParameterException.class);
	}

	@Test
	void readOnlyUsersDescribeButCannotChangeDirectories() {
		ApiAccount owner = newApiAccount("Read-only directories");
		String directoryId = activeDirectory(directory(owner), "Standard");
		DirectoryClient reader = directory(userWithKey(owner, "reader", PermissionSet.ReadOnlyAccess));

		assertThat(reader.describeDirectories().directoryDescriptions()).hasSize(1);
		assertThatThrownBy(() -> reader.deleteDirectory((r) -> r.directoryId(directoryId)))
			.isInstanceOfSatisfying(AccessDeniedException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.endsWith("is not authorized to perform: ds:DeleteDirectory"
						+ " because no identity-based policy allows the ds:DeleteDirectory action"));
		assertThatThrownBy(() -> reader.createMicrosoftAD((r) -> r.name("x.example.com").password(ADMIN_PASSWORD)
			.vpcSettings(ApiIntegrationTest::vpc)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aDirectoryStillCreatingCannotBeShared() {
		ApiAccount owner = newApiAccount("Creating share");
		ApiAccount consumer = newApiAccount("Creating consumer");
		DirectoryClient client = directory(owner);
		String directoryId = client.createMicrosoftAD((r) -> r.name("slow.example.com").password(ADMIN_PASSWORD)
			.vpcSettings(ApiIntegrationTest::vpc))
			.directoryId();

		assertThatThrownBy(() -> client.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod("HANDSHAKE")
			.shareTarget((t) -> t.id(consumer.id()).type("ACCOUNT")))).isInstanceOfSatisfying(ClientException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).contains("Creating"));
	}

}
