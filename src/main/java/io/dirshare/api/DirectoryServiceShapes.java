package io.dirshare.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dirshare.directories.VpcSettings;

/**
 * The input and output shapes of the Directory Service operations dirshare implements, named and spelled as the
 * service model names them (Jackson writes and reads their members in UpperCamelCase).
 */
final class DirectoryServiceShapes {

	private DirectoryServiceShapes() {
	}

	// ------------------------------------------------------------------ input shapes

	record VpcSettingsShape(String vpcId, List<String> subnetIds) {

		VpcSettings toVpcSettings() {
			return VpcSettings.of(this.vpcId, this.subnetIds);
		}

	}

	record Tag(String key, String value) {
	}

	record CreateMicrosoftAdInput(String name, String shortName, String password, String description,
			VpcSettingsShape vpcSettings, String edition, List<Tag> tags, String networkType) {

		@Override
		public String toString() {
			return "CreateMicrosoftAdInput[" + this.name + "]";
		}

	}

	record DirectoryIdInput(String directoryId) {
	}

	record DescribeDirectoriesInput(List<String> directoryIds, String nextToken, Integer limit) {
	}

	/** The model spells this member {@code VPCSettings}, unlike CreateMicrosoftAD's {@code VpcSettings}. */
	record RegionInput(String directoryId, String regionName, @JsonProperty("VPCSettings") VpcSettingsShape vpcSettings) {
	}

	record DescribeRegionsInput(String directoryId, String regionName, String nextToken) {
	}

	record Target(String id, String type) {
	}

	record ShareDirectoryInput(String directoryId, String shareNotes, Target shareTarget, String shareMethod) {
	}

	record UnshareDirectoryInput(String directoryId, Target unshareTarget) {
	}

	record SharedDirectoryIdInput(String sharedDirectoryId) {
	}

	record DescribeSharedDirectoriesInput(String ownerDirectoryId, List<String> sharedDirectoryIds, String nextToken,
			Integer limit) {
	}

	record ListTagsInput(String resourceId, String nextToken, Integer limit) {
	}

	record AddTagsInput(String resourceId, List<Tag> tags) {
	}

	record RemoveTagsInput(String resourceId, List<String> tagKeys) {
	}

	record DescribeDomainControllersInput(String directoryId, List<String> domainControllerIds, String nextToken,
			Integer limit) {
	}

	record UpdateNumberOfDomainControllersInput(String directoryId, Integer desiredNumber) {
	}

	record CreateAliasInput(String directoryId, String alias) {
	}

	/** EnableSso and DisableSso: dirshare needs no directory credentials, so UserName and Password are unused. */
	record SsoInput(String directoryId) {
	}

	// ------------------------------------------------------------------ output shapes

	record Empty() {
	}

	record DirectoryIdOutput(String directoryId) {
	}

	record SharedDirectoryIdOutput(String sharedDirectoryId) {
	}

	record VpcSettingsDescription(String vpcId, List<String> subnetIds, String securityGroupId,
			List<String> availabilityZones) {
	}

	record OwnerDirectoryDescription(String directoryId, String accountId, List<String> dnsIpAddrs,
			VpcSettingsDescription vpcSettings, String networkType) {
	}

	record RegionsInfo(String primaryRegion, List<String> additionalRegions) {
	}

	record DirectoryDescriptionShape(String directoryId, String name, String shortName, String size, String edition,
			String alias, String accessUrl, String description, List<String> dnsIpAddrs, String stage,
			String shareStatus, String shareMethod, String shareNotes, BigDecimal launchTime,
			BigDecimal stageLastUpdatedDateTime, String type, VpcSettingsDescription vpcSettings, Boolean ssoEnabled,
			Integer desiredNumberOfDomainControllers, OwnerDirectoryDescription ownerDirectoryDescription,
			RegionsInfo regionsInfo, String networkType) {
	}

	record DescribeDirectoriesOutput(List<DirectoryDescriptionShape> directoryDescriptions, String nextToken) {
	}

	record RegionDescription(String directoryId, String regionName, String regionType, String status,
			VpcSettingsShape vpcSettings, Integer desiredNumberOfDomainControllers, BigDecimal launchTime,
			BigDecimal statusLastUpdatedDateTime, BigDecimal lastUpdatedDateTime) {
	}

	record DescribeRegionsOutput(List<RegionDescription> regionsDescription, String nextToken) {
	}

	record SharedDirectory(String ownerAccountId, String ownerDirectoryId, String shareMethod, String sharedAccountId,
			String sharedDirectoryId, String shareStatus, String shareNotes, BigDecimal createdDateTime,
			BigDecimal lastUpdatedDateTime) {
	}

	record AcceptSharedDirectoryOutput(SharedDirectory sharedDirectory) {
	}

	record DescribeSharedDirectoriesOutput(List<SharedDirectory> sharedDirectories, String nextToken) {
	}

	record ListTagsOutput(List<Tag> tags, String nextToken) {
	}

	record DomainControllerShape(String directoryId, String domainControllerId, String dnsIpAddr, String vpcId,
			String subnetId, String availabilityZone, String status, BigDecimal launchTime,
			BigDecimal statusLastUpdatedDateTime) {
	}

	record DescribeDomainControllersOutput(List<DomainControllerShape> domainControllers, String nextToken) {
	}

	record DirectoryLimitsShape(@JsonProperty("CloudOnlyDirectoriesLimit") int cloudOnlyDirectoriesLimit,
			@JsonProperty("CloudOnlyDirectoriesCurrentCount") int cloudOnlyDirectoriesCurrentCount,
			@JsonProperty("CloudOnlyDirectoriesLimitReached") boolean cloudOnlyDirectoriesLimitReached,
			@JsonProperty("CloudOnlyMicrosoftADLimit") int cloudOnlyMicrosoftAdLimit,
			@JsonProperty("CloudOnlyMicrosoftADCurrentCount") int cloudOnlyMicrosoftAdCurrentCount,
			@JsonProperty("CloudOnlyMicrosoftADLimitReached") boolean cloudOnlyMicrosoftAdLimitReached,
			@JsonProperty("ConnectedDirectoriesLimit") int connectedDirectoriesLimit,
			@JsonProperty("ConnectedDirectoriesCurrentCount") int connectedDirectoriesCurrentCount,
			@JsonProperty("ConnectedDirectoriesLimitReached") boolean connectedDirectoriesLimitReached) {
	}

	record GetDirectoryLimitsOutput(DirectoryLimitsShape directoryLimits) {
	}

	record CreateAliasOutput(String directoryId, String alias) {
	}

}
