package io.dirshare.api;

import java.util.List;

import io.dirshare.identity.PermissionSet;
import io.dirshare.test.TestControls;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.AccessDeniedException;
import software.amazon.awssdk.services.directory.model.ClientException;
import software.amazon.awssdk.services.directory.model.DirectoryDescription;
import software.amazon.awssdk.services.directory.model.DirectoryLimits;
import software.amazon.awssdk.services.directory.model.DirectorySize;
import software.amazon.awssdk.services.directory.model.DirectoryUnavailableException;
import software.amazon.awssdk.services.directory.model.DomainController;
import software.amazon.awssdk.services.directory.model.DomainControllerLimitExceededException;
import software.amazon.awssdk.services.directory.model.DomainControllerStatus;
import software.amazon.awssdk.services.directory.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.directory.model.EntityDoesNotExistException;
import software.amazon.awssdk.services.directory.model.InvalidParameterException;
import software.amazon.awssdk.services.directory.model.RegionDescription;
import software.amazon.awssdk.services.directory.model.Tag;
import software.amazon.awssdk.services.directory.model.TagLimitExceededException;
import software.amazon.awssdk.services.directory.model.UnsupportedOperationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What Terraform's aws_directory_service_directory reads and changes beyond creation, through the
 * real SDK: VPC settings with a security group and Availability Zones, tags per Region, domain
 * controllers, the alias and single sign-on, the limits.
 */
class DirectoryDetailsApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void describeDirectoriesReportsVpcSettingsAliasSizeAndRegions() {
		ApiAccount owner = newApiAccount("Details owner");
		DirectoryClient client = directory(owner);
		String directoryId = activeDirectory(client, "Enterprise");
		client.addRegion((r) -> r.directoryId(directoryId).regionName("eu-west-1")
			.vpcSettings((vpc) -> vpc.vpcId("vpc-0a1b2c3d4e5f60718").subnetIds("subnet-0a0a0a0a", "subnet-0b0b0b0b")));

		DirectoryDescription described = client.describeDirectories((r) -> r.directoryIds(directoryId))
			.directoryDescriptions()
			.get(0);

		assertThat(described.vpcSettings().vpcId()).isEqualTo("vpc-12345678");
		assertThat(described.vpcSettings().subnetIds()).containsExactly("subnet-11111111", "subnet-22222222");
		assertThat(described.vpcSettings().securityGroupId()).matches("^sg-[0-9a-f]{17}$");
		assertThat(described.vpcSettings().availabilityZones()).containsExactly("us-east-1a", "us-east-1b");
		assertThat(described.alias()).isEqualTo(directoryId);
		assertThat(described.accessUrl()).isEqualTo(directoryId + ".awsapps.com");
		assertThat(described.size()).isEqualTo(DirectorySize.LARGE);
		assertThat(described.ssoEnabled()).isFalse();
		assertThat(described.desiredNumberOfDomainControllers()).isEqualTo(2);
		assertThat(described.stageLastUpdatedDateTime()).isAfterOrEqualTo(described.launchTime());
		assertThat(described.regionsInfo().primaryRegion()).isEqualTo("us-east-1");
		assertThat(described.regionsInfo().additionalRegions()).containsExactly("eu-west-1");

		DirectoryDescription inEurope = directory(owner, Region.EU_WEST_1)
			.describeDirectories((r) -> r.directoryIds(directoryId))
			.directoryDescriptions()
			.get(0);
		assertThat(inEurope.vpcSettings().vpcId()).isEqualTo("vpc-0a1b2c3d4e5f60718");
		assertThat(inEurope.vpcSettings().availabilityZones()).containsExactly("eu-west-1a", "eu-west-1b");
		assertThat(inEurope.vpcSettings().securityGroupId()).isNotEqualTo(described.vpcSettings().securityGroupId());
		RegionDescription europe = client.describeRegions((r) -> r.directoryId(directoryId).regionName("eu-west-1"))
			.regionsDescription()
			.get(0);
		assertThat(europe.vpcSettings().subnetIds()).containsExactly("subnet-0a0a0a0a", "subnet-0b0b0b0b");
		assertThat(europe.desiredNumberOfDomainControllers()).isEqualTo(2);

		assertThatThrownBy(() -> client.addRegion((r) -> r.directoryId(directoryId).regionName("us-west-2")
			.vpcSettings((vpc) -> vpc.vpcId("vpc-12345678").subnetIds("subnet-11111111"))))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).contains("two different subnets"));
		assertThatThrownBy(() -> client.describeDirectories((r) -> r.directoryIds(List.of())))
			.isInstanceOf(InvalidParameterException.class);
	}

	@Test
	void tagsAreCreatedWithTheDirectoryAddedReplacedRemovedAndKeptPerRegion() {
		ApiAccount owner = newApiAccount("Tags owner");
		DirectoryClient client = directory(owner);
		String directoryId = client.createMicrosoftAD((r) -> r.name("tags.example.com")
			.password(ADMIN_PASSWORD)
			.edition("Enterprise")
			.vpcSettings(ApiIntegrationTest::vpc)
			.tags(Tag.builder().key("Environment").value("test").build(), Tag.builder().key("Team").value("identity").build()))
			.directoryId();

		assertThat(client.listTagsForResource((r) -> r.resourceId(directoryId)).tags())
			.containsExactly(tag("Environment", "test"), tag("Team", "identity"));

		client.addTagsToResource((r) -> r.resourceId(directoryId).tags(tag("Environment", "prod"), tag("Owner", "ops")));
		client.removeTagsFromResource((r) -> r.resourceId(directoryId).tagKeys("Team", "NotThere"));
		assertThat(client.listTagsForResource((r) -> r.resourceId(directoryId)).tags())
			.containsExactly(tag("Environment", "prod"), tag("Owner", "ops"));
		var firstPage = client.listTagsForResource((r) -> r.resourceId(directoryId).limit(1));
		assertThat(firstPage.tags()).containsExactly(tag("Environment", "prod"));
		assertThat(client.listTagsForResource((r) -> r.resourceId(directoryId).nextToken(firstPage.nextToken())).tags())
			.containsExactly(tag("Owner", "ops"));

		awaitValue(() -> client.describeDirectories((r) -> r.directoryIds(directoryId)).directoryDescriptions().get(0)
			.stageAsString(), "Active");
		client.addRegion((r) -> r.directoryId(directoryId).regionName("us-west-2").vpcSettings(ApiIntegrationTest::vpc));
		DirectoryClient west = directory(owner, Region.US_WEST_2);
		assertThat(west.listTagsForResource((r) -> r.resourceId(directoryId)).tags()).isEmpty();
		west.addTagsToResource((r) -> r.resourceId(directoryId).tags(tag("Region", "west")));
		assertThat(client.listTagsForResource((r) -> r.resourceId(directoryId)).tags()).hasSize(2);

		assertThatThrownBy(() -> client.addTagsToResource((r) -> r.resourceId(directoryId).tags(tag("aws:owner", "x"))))
			.isInstanceOf(InvalidParameterException.class);
		List<Tag> fifty = java.util.stream.IntStream.range(0, 49).mapToObj((i) -> tag("k" + i, "v")).toList();
		assertThatThrownBy(() -> client.addTagsToResource((r) -> r.resourceId(directoryId).tags(fifty)))
			.isInstanceOf(TagLimitExceededException.class);
		assertThatThrownBy(() -> directory(newApiAccount("Tag stranger")).listTagsForResource((r) -> r.resourceId(directoryId)))
			.isInstanceOf(EntityDoesNotExistException.class);
		DirectoryClient reader = directory(userWithKey(owner, "reader", PermissionSet.ReadOnlyAccess));
		assertThat(reader.listTagsForResource((r) -> r.resourceId(directoryId)).tags()).hasSize(2);
		assertThatThrownBy(() -> reader.addTagsToResource((r) -> r.resourceId(directoryId).tags(tag("a", "b"))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void domainControllersAreAddedAndRemovedAsynchronously() {
		ApiAccount owner = newApiAccount("Controllers owner");
		DirectoryClient client = directory(owner);
		String creating = client.createMicrosoftAD((r) -> r.name("dc.example.com").password(ADMIN_PASSWORD)
			.vpcSettings(ApiIntegrationTest::vpc)).directoryId();
		assertThatThrownBy(() -> client.updateNumberOfDomainControllers((r) -> r.directoryId(creating).desiredNumber(3)))
			.isInstanceOf(DirectoryUnavailableException.class);
		String directoryId = activeDirectory(client, "Standard");

		List<DomainController> initial = client.describeDomainControllers((r) -> r.directoryId(directoryId))
			.domainControllers();
		assertThat(initial).hasSize(2).allSatisfy((controller) -> {
			assertThat(controller.domainControllerId()).matches("^dc-[0-9a-f]{10}$");
			assertThat(controller.status()).isEqualTo(DomainControllerStatus.ACTIVE);
			assertThat(controller.vpcId()).isEqualTo("vpc-12345678");
		});
		assertThat(initial).extracting(DomainController::subnetId).containsExactly("subnet-11111111", "subnet-22222222");
		assertThat(initial).extracting(DomainController::availabilityZone).containsExactly("us-east-1a", "us-east-1b");

		// Long enough that each transient state is still there when the next call reads it, on a busy machine too.
		String delays = TestControls.ok(controls().get("/_dirshare/delays")).body();
		TestControls.ok(controls().put("/_dirshare/delays", "{\"creating\": \"5s\", \"deleting\": \"5s\"}"));
		try {
			client.updateNumberOfDomainControllers((r) -> r.directoryId(directoryId).desiredNumber(3));
			List<DomainController> three = client.describeDomainControllers((r) -> r.directoryId(directoryId))
				.domainControllers();
			assertThat(three).hasSize(3);
			// The new one is the one not there before (launch times in the same second need not sort it last).
			List<String> before = initial.stream().map(DomainController::domainControllerId).toList();
			DomainController newest = three.stream()
				.filter((controller) -> !before.contains(controller.domainControllerId()))
				.findFirst()
				.orElseThrow();
			String added = newest.domainControllerId();
			assertThat(newest.status()).isEqualTo(DomainControllerStatus.CREATING);
			awaitValue(() -> client.describeDomainControllers((r) -> r.directoryId(directoryId).domainControllerIds(added))
				.domainControllers()
				.get(0)
				.status(), DomainControllerStatus.ACTIVE);
			assertThat(client.describeDirectories((r) -> r.directoryIds(directoryId)).directoryDescriptions().get(0)
				.desiredNumberOfDomainControllers()).isEqualTo(3);

			client.updateNumberOfDomainControllers((r) -> r.directoryId(directoryId).desiredNumber(2));
			// One of the three goes: the last launched, which needs not be the one added in the same second.
			assertThat(client.describeDomainControllers((r) -> r.directoryId(directoryId)).domainControllers())
				.extracting(DomainController::status)
				.containsExactlyInAnyOrder(DomainControllerStatus.ACTIVE, DomainControllerStatus.ACTIVE,
						DomainControllerStatus.DELETING);
			await(() -> client.describeDomainControllers((r) -> r.directoryId(directoryId)).domainControllers(),
					(controllers) -> controllers.size() == 2, "two domain controllers");
		}
		finally {
			TestControls.ok(controls().put("/_dirshare/delays", delays));
		}

		assertThatThrownBy(() -> client.updateNumberOfDomainControllers((r) -> r.directoryId(directoryId).desiredNumber(21)))
			.isInstanceOf(DomainControllerLimitExceededException.class);
		assertThatThrownBy(() -> client.updateNumberOfDomainControllers((r) -> r.directoryId(directoryId).desiredNumber(1)))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("1 validation error detected: Value '1' at 'desiredNumber' failed to satisfy constraint: "
						+ "Member must have value greater than or equal to 2"));
	}

	@Test
	void anAliasIsSetOnceAndSingleSignOnNeedsIt() {
		ApiAccount owner = newApiAccount("Alias owner");
		DirectoryClient client = directory(owner);
		String directoryId = activeDirectory(client, "Standard");
		String other = activeDirectory(client, "Standard");
		String alias = "corp" + directoryId.substring(2);

		assertThatThrownBy(() -> client.enableSso((r) -> r.directoryId(directoryId)))
			.isInstanceOfSatisfying(ClientException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).contains("CreateAlias"));
		assertThat(client.createAlias((r) -> r.directoryId(directoryId).alias(alias)).alias()).isEqualTo(alias);
		assertThatThrownBy(() -> client.createAlias((r) -> r.directoryId(directoryId).alias(alias + "x")))
			.isInstanceOf(EntityAlreadyExistsException.class);
		assertThatThrownBy(() -> client.createAlias((r) -> r.directoryId(other).alias(alias)))
			.isInstanceOf(EntityAlreadyExistsException.class);
		assertThatThrownBy(() -> client.createAlias((r) -> r.directoryId(other).alias("d-nope")))
			.isInstanceOf(InvalidParameterException.class);

		client.enableSso((r) -> r.directoryId(directoryId));
		DirectoryDescription described = client.describeDirectories((r) -> r.directoryIds(directoryId))
			.directoryDescriptions()
			.get(0);
		assertThat(described.alias()).isEqualTo(alias);
		assertThat(described.accessUrl()).isEqualTo(alias + ".awsapps.com");
		assertThat(described.ssoEnabled()).isTrue();
		client.disableSso((r) -> r.directoryId(directoryId));
		assertThat(client.describeDirectories((r) -> r.directoryIds(directoryId)).directoryDescriptions().get(0).ssoEnabled())
			.isFalse();
	}

	@Test
	void directoryLimitsCountTheRegionsDirectoriesAndOnlyIpv4IsOffered() {
		ApiAccount owner = newApiAccount("Limits owner");
		DirectoryClient client = directory(owner);
		activeDirectory(client, "Standard");

		DirectoryLimits limits = client.getDirectoryLimits().directoryLimits();
		assertThat(limits.cloudOnlyMicrosoftADCurrentCount()).isEqualTo(1);
		assertThat(limits.cloudOnlyMicrosoftADLimit()).isEqualTo(20);
		assertThat(limits.cloudOnlyMicrosoftADLimitReached()).isFalse();
		assertThat(directory(owner, Region.EU_WEST_1).getDirectoryLimits().directoryLimits().cloudOnlyMicrosoftADCurrentCount())
			.isZero();

		assertThatThrownBy(() -> client.createMicrosoftAD((r) -> r.name("v6.example.com").password(ADMIN_PASSWORD)
			.vpcSettings(ApiIntegrationTest::vpc).networkType("IPv6"))).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> client.createMicrosoftAD((r) -> r.name("hybrid.example.com").password(ADMIN_PASSWORD)
			.vpcSettings(ApiIntegrationTest::vpc).edition("Hybrid"))).isInstanceOf(InvalidParameterException.class);
	}

	private static Tag tag(String key, String value) {
		return Tag.builder().key(key).value(value).build();
	}

}
