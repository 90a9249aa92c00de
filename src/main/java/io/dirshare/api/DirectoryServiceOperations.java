package io.dirshare.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dirshare.api.DirectoryServiceShapes.AcceptSharedDirectoryOutput;
import io.dirshare.api.DirectoryServiceShapes.AddTagsInput;
import io.dirshare.api.DirectoryServiceShapes.CreateAliasInput;
import io.dirshare.api.DirectoryServiceShapes.CreateAliasOutput;
import io.dirshare.api.DirectoryServiceShapes.CreateMicrosoftAdInput;
import io.dirshare.api.DirectoryServiceShapes.DescribeDirectoriesInput;
import io.dirshare.api.DirectoryServiceShapes.DescribeDirectoriesOutput;
import io.dirshare.api.DirectoryServiceShapes.DescribeDomainControllersInput;
import io.dirshare.api.DirectoryServiceShapes.DescribeDomainControllersOutput;
import io.dirshare.api.DirectoryServiceShapes.DescribeRegionsInput;
import io.dirshare.api.DirectoryServiceShapes.DescribeRegionsOutput;
import io.dirshare.api.DirectoryServiceShapes.DescribeSharedDirectoriesInput;
import io.dirshare.api.DirectoryServiceShapes.DescribeSharedDirectoriesOutput;
import io.dirshare.api.DirectoryServiceShapes.DirectoryDescriptionShape;
import io.dirshare.api.DirectoryServiceShapes.DirectoryIdInput;
import io.dirshare.api.DirectoryServiceShapes.DirectoryIdOutput;
import io.dirshare.api.DirectoryServiceShapes.DirectoryLimitsShape;
import io.dirshare.api.DirectoryServiceShapes.DomainControllerShape;
import io.dirshare.api.DirectoryServiceShapes.Empty;
import io.dirshare.api.DirectoryServiceShapes.GetDirectoryLimitsOutput;
import io.dirshare.api.DirectoryServiceShapes.ListTagsInput;
import io.dirshare.api.DirectoryServiceShapes.ListTagsOutput;
import io.dirshare.api.DirectoryServiceShapes.OwnerDirectoryDescription;
import io.dirshare.api.DirectoryServiceShapes.RegionDescription;
import io.dirshare.api.DirectoryServiceShapes.RegionInput;
import io.dirshare.api.DirectoryServiceShapes.RegionsInfo;
import io.dirshare.api.DirectoryServiceShapes.RemoveTagsInput;
import io.dirshare.api.DirectoryServiceShapes.ShareDirectoryInput;
import io.dirshare.api.DirectoryServiceShapes.SharedDirectory;
import io.dirshare.api.DirectoryServiceShapes.SharedDirectoryIdInput;
import io.dirshare.api.DirectoryServiceShapes.SharedDirectoryIdOutput;
import io.dirshare.api.DirectoryServiceShapes.SsoInput;
import io.dirshare.api.DirectoryServiceShapes.Tag;
import io.dirshare.api.DirectoryServiceShapes.Target;
import io.dirshare.api.DirectoryServiceShapes.UnshareDirectoryInput;
import io.dirshare.api.DirectoryServiceShapes.UpdateNumberOfDomainControllersInput;
import io.dirshare.api.DirectoryServiceShapes.VpcSettingsDescription;
import io.dirshare.api.DirectoryServiceShapes.VpcSettingsShape;
import io.dirshare.core.Action;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Slice;
import io.dirshare.directories.DirectoryAliasService;
import io.dirshare.directories.DirectoryDescription;
import io.dirshare.directories.DirectoryDetails;
import io.dirshare.directories.DirectoryLimits;
import io.dirshare.directories.DirectoryRegion;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.DirectoryTagService;
import io.dirshare.directories.DomainController;
import io.dirshare.directories.DomainControllerService;
import io.dirshare.directories.NewDirectory;
import io.dirshare.directories.VpcSettings;
import io.dirshare.sharing.ConsumerSharingService;
import io.dirshare.sharing.OwnerSharingService;
import io.dirshare.sharing.Share;
import io.dirshare.sharing.ShareMethod;
import io.dirshare.sharing.ShareQueries;
import io.dirshare.sharing.ShareTarget;

import org.springframework.stereotype.Component;

/**
 * AWS Directory Service ({@code DirectoryService_20150416}) on the wire, in the Region of the request's
 * credential scope: each operation reads its input shape (already checked against the service model),
 * calls the directory or sharing services the portal uses (which check IDs, states, quotas and pages)
 * and writes the output shape.
 */
@Component
class DirectoryServiceOperations implements ApiOperations {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private final DirectoryService directories;

	private final DirectoryTagService tags;

	private final DomainControllerService domainControllers;

	private final DirectoryAliasService aliases;

	private final OwnerSharingService owners;

	private final ConsumerSharingService consumers;

	private final ShareQueries shares;

	DirectoryServiceOperations(DirectoryService directories, DirectoryTagService tags,
			DomainControllerService domainControllers, DirectoryAliasService aliases, OwnerSharingService owners,
			ConsumerSharingService consumers, ShareQueries shares) {
		this.directories = directories;
		this.tags = tags;
		this.domainControllers = domainControllers;
		this.aliases = aliases;
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
				ApiOperation.of(service, "GetDirectoryLimits", Action.DS_GET_DIRECTORY_LIMITS, Empty.class,
						(caller, input) -> directoryLimits(this.directories.directoryLimits(caller))),
				ApiOperation.of(service, "AddRegion", Action.DS_ADD_REGION, RegionInput.class, this::addRegion),
				ApiOperation.of(service, "RemoveRegion", Action.DS_REMOVE_REGION, DirectoryIdInput.class,
						(caller, input) -> {
							this.directories.removeRegion(caller, input.directoryId());
							return new Empty();
						}),
				ApiOperation.of(service, "DescribeRegions", Action.DS_DESCRIBE_REGIONS, DescribeRegionsInput.class,
						this::describeRegions),
				ApiOperation.of(service, "ListTagsForResource", Action.DS_LIST_TAGS_FOR_RESOURCE, ListTagsInput.class,
						this::listTags),
				ApiOperation.of(service, "AddTagsToResource", Action.DS_ADD_TAGS_TO_RESOURCE, AddTagsInput.class,
						(caller, input) -> {
							this.tags.addTags(caller, input.resourceId(), tagMap(input.tags()));
							return new Empty();
						}),
				ApiOperation.of(service, "RemoveTagsFromResource", Action.DS_REMOVE_TAGS_FROM_RESOURCE,
						RemoveTagsInput.class, (caller, input) -> {
							this.tags.removeTags(caller, input.resourceId(), input.tagKeys());
							return new Empty();
						}),
				ApiOperation.of(service, "DescribeDomainControllers", Action.DS_DESCRIBE_DOMAIN_CONTROLLERS,
						DescribeDomainControllersInput.class, this::describeDomainControllers),
				ApiOperation.of(service, "UpdateNumberOfDomainControllers",
						Action.DS_UPDATE_NUMBER_OF_DOMAIN_CONTROLLERS, UpdateNumberOfDomainControllersInput.class,
						(caller, input) -> {
							this.domainControllers.updateNumberOfDomainControllers(caller, input.directoryId(),
									input.desiredNumber());
							return new Empty();
						}),
				ApiOperation.of(service, "CreateAlias", Action.DS_CREATE_ALIAS, CreateAliasInput.class,
						(caller, input) -> new CreateAliasOutput(input.directoryId(),
								this.aliases.createAlias(caller, input.directoryId(), input.alias()))),
				ApiOperation.of(service, "EnableSso", Action.DS_ENABLE_SSO, SsoInput.class, (caller, input) -> {
					this.aliases.enableSso(caller, input.directoryId());
					return new Empty();
				}),
				ApiOperation.of(service, "DisableSso", Action.DS_DISABLE_SSO, SsoInput.class, (caller, input) -> {
					this.aliases.disableSso(caller, input.directoryId());
					return new Empty();
				}),
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
		NewDirectory request = new NewDirectory(input.name(), input.shortName(), input.password(), input.description(),
				input.edition(), input.vpcSettings().toVpcSettings(), tagMap(input.tags()), input.networkType());
		return new DirectoryIdOutput(this.directories.createMicrosoftAd(caller, request).id());
	}

	private DescribeDirectoriesOutput describeDirectories(Caller caller, DescribeDirectoriesInput input) {
		String operation = "DescribeDirectories";
		Slice<DirectoryDescription> slice = this.directories.describeDirectories(caller, input.directoryIds(),
				offset(operation, input.nextToken()), limit(input.limit()));
		return new DescribeDirectoriesOutput(
				slice.items().stream().map(DirectoryServiceOperations::directoryDescription).toList(),
				nextToken(operation, slice));
	}

	private Empty addRegion(Caller caller, RegionInput input) {
		this.directories.addRegion(caller, input.directoryId(), input.regionName(), input.vpcSettings().toVpcSettings());
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

	private ListTagsOutput listTags(Caller caller, ListTagsInput input) {
		String operation = "ListTagsForResource";
		Slice<DirectoryTagService.Tag> slice = this.tags.listTags(caller, input.resourceId(),
				offset(operation, input.nextToken()), limit(input.limit()));
		return new ListTagsOutput(slice.items().stream().map((tag) -> new Tag(tag.key(), tag.value())).toList(),
				nextToken(operation, slice));
	}

	private DescribeDomainControllersOutput describeDomainControllers(Caller caller,
			DescribeDomainControllersInput input) {
		String operation = "DescribeDomainControllers";
		Slice<DomainController> slice = this.domainControllers.describeDomainControllers(caller, input.directoryId(),
				input.domainControllerIds(), offset(operation, input.nextToken()), limit(input.limit()));
		return new DescribeDomainControllersOutput(
				slice.items().stream().map(DirectoryServiceOperations::domainController).toList(),
				nextToken(operation, slice));
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
		String operation = "DescribeSharedDirectories";
		Slice<Share> slice = this.shares.describeSharedDirectories(caller, input.ownerDirectoryId(),
				input.sharedDirectoryIds(), offset(operation, input.nextToken()), limit(input.limit()));
		return new DescribeSharedDirectoriesOutput(
				slice.items().stream().map(DirectoryServiceOperations::sharedDirectory).toList(),
				nextToken(operation, slice));
	}

	// ------------------------------------------------------------------ shapes

	static DirectoryDescriptionShape directoryDescription(DirectoryDescription directory) {
		DirectoryDetails details = directory.details();
		VpcSettingsDescription vpc = (details != null) ? vpcDescription(details) : null;
		RegionsInfo regionsInfo = (details != null) ? new RegionsInfo(details.primaryRegion().code(),
				details.additionalRegions().stream().map(AwsRegion::code).toList()) : null;
		if (directory.isShared()) {
			OwnerDirectoryDescription owner = new OwnerDirectoryDescription(directory.ownerDirectoryId(),
					directory.ownerAccountId(), directory.dnsIpAddrs(), vpc, NewDirectory.IPV4);
			return new DirectoryDescriptionShape(directory.directoryId(), directory.dnsName(), directory.shortName(),
					size(directory.edition()), directory.edition(), null, null, directory.description(),
					directory.dnsIpAddrs(), directory.stage(), directory.shareStatus(), directory.shareMethod(),
					directory.shareNotes(), ApiJson.epochSeconds(directory.launchTime()),
					(details != null) ? ApiJson.epochSeconds(details.stageUpdatedAt()) : null, directory.type(), null,
					null, null, owner, regionsInfo, NewDirectory.IPV4);
		}
		String alias = (details != null && details.alias() != null) ? details.alias() : directory.directoryId();
		return new DirectoryDescriptionShape(directory.directoryId(), directory.dnsName(), directory.shortName(),
				size(directory.edition()), directory.edition(), alias, alias + DirectoryDetails.ACCESS_URL_SUFFIX,
				directory.description(), directory.dnsIpAddrs(), directory.stage(), null, null, null,
				ApiJson.epochSeconds(directory.launchTime()),
				(details != null) ? ApiJson.epochSeconds(details.stageUpdatedAt()) : null, directory.type(), vpc,
				(details != null) ? details.ssoEnabled() : Boolean.FALSE,
				(details != null) ? details.desiredDomainControllers() : null, null, regionsInfo, NewDirectory.IPV4);
	}

	/** AWS reports a Managed Microsoft AD's size by its edition: Standard is Small, Enterprise is Large. */
	static String size(String edition) {
		return "Enterprise".equals(edition) ? "Large" : "Small";
	}

	private static VpcSettingsDescription vpcDescription(DirectoryDetails details) {
		VpcSettings vpc = details.vpc();
		return (vpc != null) ? new VpcSettingsDescription(vpc.vpcId(), vpc.subnetIds(), vpc.securityGroupId(),
				details.availabilityZones()) : null;
	}

	static RegionDescription regionDescription(DirectoryRegion region) {
		VpcSettingsShape vpc = (region.vpc() != null)
				? new VpcSettingsShape(region.vpc().vpcId(), region.vpc().subnetIds()) : null;
		return new RegionDescription(region.directoryId(), region.region().code(), region.regionType(),
				region.status().name(), vpc, region.desiredDomainControllers(), ApiJson.epochSeconds(region.launchTime()),
				ApiJson.epochSeconds(region.statusUpdatedAt()), ApiJson.epochSeconds(region.statusUpdatedAt()));
	}

	static DomainControllerShape domainController(DomainController controller) {
		return new DomainControllerShape(controller.directoryId(), controller.id(), controller.dnsIpAddr(),
				controller.vpcId(), controller.subnetId(), controller.availabilityZone(), controller.status().name(),
				ApiJson.epochSeconds(controller.launchTime()), ApiJson.epochSeconds(controller.statusUpdatedAt()));
	}

	static SharedDirectory sharedDirectory(Share share) {
		return new SharedDirectory(share.ownerAccountId(), share.ownerDirectoryId(), share.shareMethod().name(),
				share.sharedAccountId(), share.sharedDirectoryId(), share.shareStatus().wireValue(), share.shareNotes(),
				ApiJson.epochSeconds(share.createdAt()), ApiJson.epochSeconds(share.updatedAt()));
	}

	private static GetDirectoryLimitsOutput directoryLimits(DirectoryLimits limits) {
		return new GetDirectoryLimitsOutput(new DirectoryLimitsShape(limits.cloudOnlyDirectoriesLimit(),
				limits.cloudOnlyDirectoriesCurrentCount(),
				limits.cloudOnlyDirectoriesCurrentCount() >= limits.cloudOnlyDirectoriesLimit(),
				limits.cloudOnlyMicrosoftAdLimit(), limits.cloudOnlyMicrosoftAdCurrentCount(),
				limits.cloudOnlyMicrosoftAdCurrentCount() >= limits.cloudOnlyMicrosoftAdLimit(),
				limits.connectedDirectoriesLimit(), limits.connectedDirectoriesCurrentCount(),
				limits.connectedDirectoriesCurrentCount() >= limits.connectedDirectoriesLimit()));
	}

	/** The tags in the order given; a key given twice keeps its last value, as AWS does. */
	private static Map<String, String> tagMap(List<Tag> tags) {
		Map<String, String> map = new LinkedHashMap<>();
		if (tags != null) {
			tags.forEach((tag) -> map.put(tag.key(), tag.value()));
		}
		return map;
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
