package io.dirshare.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryDescription;
import io.dirshare.directories.DirectoryRegion;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.NewDirectory;
import io.dirshare.core.Action;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Slice;
import io.dirshare.core.Caller;
import io.dirshare.sharing.ConsumerSharingService;
import io.dirshare.sharing.OwnerSharingService;
import io.dirshare.sharing.Share;
import io.dirshare.sharing.ShareMethod;
import io.dirshare.sharing.ShareQueries;
import io.dirshare.sharing.ShareTarget;

import org.springframework.stereotype.Component;

/**
 * AWS Directory Service ({@code DirectoryService_20150416}) on the wire, in the Region of the request's
 * credential scope: each operation reads its input shape, calls the {@link DirectoryService} or
 * sharing services the portal uses (which check IDs, states, quotas and pages) and writes the
 * output shape.
 */
@Component
class DirectoryServiceOperations implements ApiOperations {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	// ------------------------------------------------------------------ input shapes

	record VpcSettings(String vpcId, List<String> subnetIds) {
	}

	record CreateMicrosoftAdInput(String name, String shortName, String password, String description,
			VpcSettings vpcSettings, String edition) {

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
	record RegionInput(String directoryId, String regionName,
			@com.fasterxml.jackson.annotation.JsonProperty("VPCSettings") VpcSettings vpcSettings) {
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

	// ------------------------------------------------------------------ output shapes

	record Empty() {
	}

	record DirectoryIdOutput(String directoryId) {
	}

	record SharedDirectoryIdOutput(String sharedDirectoryId) {
	}

	record OwnerDirectoryDescription(String directoryId, String accountId, List<String> dnsIpAddrs) {
	}

	record DirectoryDescriptionShape(String directoryId, String name, String shortName, String edition,
			String description, List<String> dnsIpAddrs, String stage, String shareStatus, String shareMethod,
			String shareNotes, BigDecimal launchTime, String type, OwnerDirectoryDescription ownerDirectoryDescription) {
	}

	record DescribeDirectoriesOutput(List<DirectoryDescriptionShape> directoryDescriptions, String nextToken) {
	}

	record RegionDescription(String directoryId, String regionName, String regionType, String status,
			BigDecimal launchTime, BigDecimal statusLastUpdatedDateTime, BigDecimal lastUpdatedDateTime) {
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

	private final DirectoryService directories;

	private final OwnerSharingService owners;

	private final ConsumerSharingService consumers;

	private final ShareQueries shares;

	DirectoryServiceOperations(DirectoryService directories, OwnerSharingService owners,
			ConsumerSharingService consumers, ShareQueries shares) {
		this.directories = directories;
		this.owners = owners;
		this.consumers = consumers;
		this.shares = shares;
	}

	@Override
	public List<ApiOperation<?>> operations() {
		ApiService service = ApiService.DIRECTORY_SERVICE;
		return List.of(
				ApiOperation.of(service, "CreateMicrosoftAD", Action.DS_CREATE_MICROSOFT_AD,
						CreateMicrosoftAdInput.class, this::createMicrosoftAd),
				ApiOperation.of(service, "DescribeDirectories", Action.DS_DESCRIBE_DIRECTORIES,
						DescribeDirectoriesInput.class, this::describeDirectories),
				ApiOperation.of(service, "DeleteDirectory", Action.DS_DELETE_DIRECTORY, DirectoryIdInput.class,
						(caller, input) -> new DirectoryIdOutput(this.directories.deleteDirectory(caller, input.directoryId()))),
				ApiOperation.of(service, "AddRegion", Action.DS_ADD_REGION, RegionInput.class, this::addRegion),
				ApiOperation.of(service, "RemoveRegion", Action.DS_REMOVE_REGION, DirectoryIdInput.class,
						(caller, input) -> {
							this.directories.removeRegion(caller, input.directoryId());
							return new Empty();
						}),
				ApiOperation.of(service, "DescribeRegions", Action.DS_DESCRIBE_REGIONS, DescribeRegionsInput.class,
						this::describeRegions),
				ApiOperation.of(service, "ShareDirectory", Action.DS_SHARE_DIRECTORY, ShareDirectoryInput.class,
						this::shareDirectory),
				ApiOperation.of(service, "UnshareDirectory", Action.DS_UNSHARE_DIRECTORY, UnshareDirectoryInput.class,
						this::unshareDirectory),
				ApiOperation.of(service, "AcceptSharedDirectory", Action.DS_ACCEPT_SHARED_DIRECTORY,
						SharedDirectoryIdInput.class,
						(caller, input) -> new AcceptSharedDirectoryOutput(
								sharedDirectory(this.consumers.acceptSharedDirectory(caller, input.sharedDirectoryId())))),
				ApiOperation.of(service, "RejectSharedDirectory", Action.DS_REJECT_SHARED_DIRECTORY,
						SharedDirectoryIdInput.class,
						(caller, input) -> new SharedDirectoryIdOutput(
								this.consumers.rejectSharedDirectory(caller, input.sharedDirectoryId()))),
				ApiOperation.of(service, "DescribeSharedDirectories", Action.DS_DESCRIBE_SHARED_DIRECTORIES,
						DescribeSharedDirectoriesInput.class, this::describeSharedDirectories));
	}

	private DirectoryIdOutput createMicrosoftAd(Caller caller, CreateMicrosoftAdInput input) {
		return new DirectoryIdOutput(this.directories.createMicrosoftAd(caller, new NewDirectory(input.name(),
				input.shortName(), input.password(), input.description(), input.edition())).id());
	}

	private DescribeDirectoriesOutput describeDirectories(Caller caller, DescribeDirectoriesInput input) {
		Slice<DirectoryDescription> slice = this.directories.describeDirectories(caller, input.directoryIds(),
				offset("DescribeDirectories", input.nextToken()), limit(input.limit()));
		return new DescribeDirectoriesOutput(
				slice.items().stream().map(DirectoryServiceOperations::directoryDescription).toList(),
				nextToken("DescribeDirectories", slice));
	}

	private Empty addRegion(Caller caller, RegionInput input) {
		this.directories.addRegion(caller, input.directoryId(), input.regionName());
		return new Empty();
	}

	private DescribeRegionsOutput describeRegions(Caller caller, DescribeRegionsInput input) {
		List<RegionDescription> regions = this.directories
			.describeRegions(caller, input.directoryId(), input.regionName())
			.stream()
			.map(DirectoryServiceOperations::regionDescription)
			.toList();
		// A directory runs in at most five Regions: always one page.
		return new DescribeRegionsOutput(regions, null);
	}

	private SharedDirectoryIdOutput shareDirectory(Caller caller, ShareDirectoryInput input) {
		return new SharedDirectoryIdOutput(this.owners.shareDirectory(caller, input.directoryId(),
				target(input.shareTarget()), ShareMethod.valueOf(input.shareMethod()), input.shareNotes()));
	}

	private SharedDirectoryIdOutput unshareDirectory(Caller caller, UnshareDirectoryInput input) {
		return new SharedDirectoryIdOutput(
				this.owners.unshareDirectory(caller, input.directoryId(), target(input.unshareTarget())));
	}

	private DescribeSharedDirectoriesOutput describeSharedDirectories(Caller caller,
			DescribeSharedDirectoriesInput input) {
		Slice<Share> slice = this.shares.describeSharedDirectories(caller, input.ownerDirectoryId(),
				input.sharedDirectoryIds(), offset("DescribeSharedDirectories", input.nextToken()), limit(input.limit()));
		return new DescribeSharedDirectoriesOutput(
				slice.items().stream().map(DirectoryServiceOperations::sharedDirectory).toList(),
				nextToken("DescribeSharedDirectories", slice));
	}

	// ------------------------------------------------------------------ shapes

	static DirectoryDescriptionShape directoryDescription(DirectoryDescription directory) {
		OwnerDirectoryDescription owner = directory.isShared() ? new OwnerDirectoryDescription(
				directory.ownerDirectoryId(), directory.ownerAccountId(), directory.dnsIpAddrs()) : null;
		return new DirectoryDescriptionShape(directory.directoryId(), directory.dnsName(), directory.shortName(),
				directory.edition(), directory.description(), directory.dnsIpAddrs(), directory.stage(),
				directory.shareStatus(), directory.shareMethod(), directory.shareNotes(),
				ApiJson.epochSeconds(directory.launchTime()), directory.type(), owner);
	}

	static RegionDescription regionDescription(DirectoryRegion region) {
		BigDecimal launched = ApiJson.epochSeconds(region.launchTime());
		return new RegionDescription(region.directoryId(), region.region().code(), region.regionType(),
				region.status().name(), launched, launched, launched);
	}

	static SharedDirectory sharedDirectory(Share share) {
		return new SharedDirectory(share.ownerAccountId(), share.ownerDirectoryId(), share.shareMethod().name(),
				share.sharedAccountId(), share.sharedDirectoryId(), share.shareStatus().name(), share.shareNotes(),
				ApiJson.epochSeconds(share.createdAt()), ApiJson.epochSeconds(share.updatedAt()));
	}

	private static ShareTarget target(Target target) {
		return new ShareTarget(target.id(), target.type());
	}

	private static int offset(String operation, String nextToken) {
		return PageToken.decode(operation, nextToken)
			.orElseThrow(() -> DirectoryServiceError.INVALID_NEXT_TOKEN.exception("The NextToken value is not valid."));
	}

	/** The model's {@code Limit} is at least 0; none or 0 means the default page. */
	private static int limit(Integer limit) {
		return (limit == null || limit == 0) ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
	}

	private static String nextToken(String operation, Slice<?> slice) {
		return slice.hasMore() ? PageToken.encode(operation, slice.nextOffset()) : null;
	}

}
