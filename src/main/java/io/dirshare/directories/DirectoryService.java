package io.dirshare.directories;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;
import io.dirshare.core.Page;
import io.dirshare.core.Slice;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.Reads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of AWS Managed Microsoft AD directories for the portal and the API: creation, Regions,
 * listing per Region, deletion. Shares are the sharing module's, asked through {@link DirectoryShares}.
 */
@Service
@Transactional
public class DirectoryService {

	public static final int PORTAL_PAGE_SIZE = 25;

	/** A directory's domain controllers are in two subnets of different Availability Zones. */
	static final int SUBNETS = 2;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DirectoryRepository directories;

	private final DomainControllerRepository controllers;

	private final DirectoryTagRepository tags;

	private final DirectoryShares shares;

	private final AuditTrail audit;

	private final DirectoryProperties properties;

	private final DirectoryDelays delays;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DirectoryResources resources;

	DirectoryService(DirectoryRepository directories, DomainControllerRepository controllers, DirectoryTagRepository tags,
			DirectoryShares shares, AuditTrail audit, DirectoryProperties properties, DirectoryDelays delays, JdbcClient jdbc,
			Clock clock, DirectoryResources resources) {
		this.resources = resources;
		this.directories = directories;
		this.controllers = controllers;
		this.tags = tags;
		this.shares = shares;
		this.audit = audit;
		this.properties = properties;
		this.delays = delays;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** CreateMicrosoftAD in the caller's Region: {@code Creating}, then {@code Active} after the configured delay. */
	public Directory createMicrosoftAd(Caller caller, NewDirectory request) {
		return this.audit.authorizedChange(caller, Action.DS_CREATE_MICROSOFT_AD,
				"name=" + request.name() + ", edition=" + request.edition() + ", region=" + caller.region().code(), () -> {
					// Serializes creations of one account so the per-Region limit holds; first, so that
					// MySQL's consistent reads below see every creation committed before the lock.
					this.jdbc.sql("SELECT id FROM account WHERE id = :id FOR UPDATE")
						.param("id", caller.accountId())
						.query(String.class)
						.optional();
					Directory directory = validated(caller, request, DirectoryStage.Creating);
					if (this.directories.countInRegion(caller.accountId(), caller.region()) >= this.properties
						.maxPerRegion()) {
						throw DirectoryServiceError.DIRECTORY_LIMIT_EXCEEDED.exception("You have reached the limit of " + this.properties.maxPerRegion()
										+ " directories in " + caller.region().code() + ".");
					}
					Instant activeAt = this.clock.instant().plus(this.delays.creation());
					insert(caller, directory, request, activeAt);
					return directory;
				});
	}

	/** A directory made Active at once, for the demo data. */
	public Directory createActiveForDemo(Caller caller, NewDirectory request) {
		Directory directory = validated(caller, request, DirectoryStage.Active);
		insert(caller, directory, request, null);
		this.audit.recordSuccess(caller, Action.DS_CREATE_MICROSOFT_AD.iamName(),
				"name=" + request.name() + ", edition=" + request.edition() + ", region=" + caller.region().code());
		return directory;
	}

	/** The directory, its primary Region in the VPC given (or the default one), two domain controllers, tags. */
	private void insert(Caller caller, Directory directory, NewDirectory request, Instant activeAt) {
		VpcSettings vpc = vpcOrDefault(caller, request.vpc()).withSecurityGroup(securityGroupId());
		DirectoryTagService.requireValidTags(request.tags(), 0);
		this.directories.insert(directory, activeAt, vpc);
		addDomainControllers(directory.id(), directory.primaryRegion(), vpc, directory.dnsIpAddrs(),
				(activeAt != null) ? DomainController.Status.Creating : DomainController.Status.Active, activeAt);
		this.tags.put(directory.id(), directory.primaryRegion(), request.tags());
	}

	/** The first two domain controllers of a Region, one in each subnet. */
	private void addDomainControllers(String directoryId, AwsRegion region, VpcSettings vpc, List<String> addresses,
			DomainController.Status status, Instant dueAt) {
		Instant now = this.clock.instant();
		for (int i = 0; i < SUBNETS; i++) {
			this.controllers.insert(directoryId, region, vpc.subnetIds().get(i), VpcSettings.availabilityZone(region, i),
					addresses.get(i), status, dueAt, now);
		}
	}

	/**
	 * The VPC settings given, which must name two different subnets, or the account's default VPC in
	 * the caller's Region when none are given (the portal asks for none).
	 */
	static VpcSettings vpcOrDefault(Caller caller, VpcSettings vpc) {
		if (vpc == null) {
			return VpcSettings.defaultOf(caller.accountId(), caller.region());
		}
		if (vpc.subnetIds().size() != SUBNETS || vpc.subnetIds().get(0).equals(vpc.subnetIds().get(1))) {
			throw invalid("Specify two different subnets, in different Availability Zones, for the domain controllers.");
		}
		return vpc;
	}

	private static String securityGroupId() {
		return "sg-" + io.dirshare.core.Ids.random("0123456789abcdef", 17);
	}

	private Directory validated(Caller caller, NewDirectory request, DirectoryStage stage) {
		NewDirectoryRules.Checked checked = NewDirectoryRules.check(request);
		return new Directory(this.directories.newDirectoryId(), caller.accountId(), checked.name(), checked.shortName(),
				checked.edition(), checked.description(), stage, caller.region(), dnsAddresses(), this.clock.instant(), 0);
	}

	/**
	 * DescribeDirectories: owned and shared directories in the caller's Region, {@code limit} of them
	 * from {@code offset}. Naming a directory that is not there is refused.
	 */
	@Reads
	public Slice<DirectoryDescription> describeDirectories(Caller caller, List<String> directoryIds, int offset,
			int limit) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		if (directoryIds != null && directoryIds.isEmpty()) {
			throw invalid("DirectoryIds is an empty list: name at least one directory, or leave it out to list them all.");
		}
		Set<String> ids = new LinkedHashSet<>((directoryIds != null) ? directoryIds : List.of());
		ids.forEach(DirectoryService::requireDirectoryIdShape);
		List<DirectoryDescription> rows = this.directories.describe(caller.accountId(), caller.region(), ids, limit + 1,
				offset);
		if (!ids.isEmpty() && offset == 0 && rows.size() < Math.min(ids.size(), limit + 1)) {
			throw DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + Echo.of(missing(ids, rows)) + " does not exist.");
		}
		return Slice.of(withAdditionalRegions(rows), offset, limit);
	}

	/** Fills in the Regions each directory (the owner's, for a shared one) is replicated to, in one query. */
	private List<DirectoryDescription> withAdditionalRegions(List<DirectoryDescription> rows) {
		List<String> ids = rows.stream().map((row) -> row.isShared() ? row.ownerDirectoryId() : row.directoryId()).toList();
		java.util.Map<String, List<AwsRegion>> additional = this.directories.additionalRegions(ids);
		return rows.stream().map((row) -> {
			DirectoryDetails details = row.details();
			List<AwsRegion> regions = additional.getOrDefault(row.isShared() ? row.ownerDirectoryId() : row.directoryId(),
					List.of());
			return row.withDetails(new DirectoryDetails(details.alias(), details.ssoEnabled(), details.stageUpdatedAt(),
					details.vpc(), details.region(), details.desiredDomainControllers(), details.primaryRegion(), regions));
		}).toList();
	}

	/** GetDirectoryLimits: the caller's Managed Microsoft AD directories in its Region against the quota. */
	@Transactional(readOnly = true)
	public DirectoryLimits directoryLimits(Caller caller) {
		caller.require(Action.DS_GET_DIRECTORY_LIMITS);
		return new DirectoryLimits(DirectoryLimits.SIMPLE_AD_DEFAULT_LIMIT, 0, this.properties.maxPerRegion(),
				(int) this.directories.countInRegion(caller.accountId(), caller.region()),
				DirectoryLimits.CONNECTED_DEFAULT_LIMIT, 0);
	}

	/** The portal's Directories page for the caller's Region. */
	@Reads
	public Page<DirectoryDescription> directoriesPage(Caller caller, int pageNumber) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		List<DirectoryDescription> rows = this.directories.describe(caller.accountId(), caller.region(), List.of(),
				PORTAL_PAGE_SIZE + 1, Page.offset(pageNumber, PORTAL_PAGE_SIZE));
		return Page.of(rows, pageNumber, PORTAL_PAGE_SIZE);
	}

	/** One of the caller's own directories (in any of its Regions), or EntityDoesNotExistException. */
	@Reads
	public Directory directory(Caller caller, String directoryId) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		return owned(caller, directoryId);
	}

	/** DescribeRegions: the Regions of one of the caller's directories, optionally only one of them. */
	@Reads
	public List<DirectoryRegion> describeRegions(Caller caller, String directoryId, String regionName) {
		owned(caller, directoryId);
		caller.require(Action.DS_DESCRIBE_REGIONS, this.resources.of(caller, directoryId));
		List<DirectoryRegion> regions = this.directories.regions(directoryId);
		if (regionName == null || regionName.isBlank()) {
			return regions;
		}
		AwsRegion region = parseRegion(regionName);
		return regions.stream().filter((candidate) -> candidate.region() == region).toList();
	}

	/** The portal's Add Region: into the account's default VPC of that Region. */
	public void addRegion(Caller caller, String directoryId, String regionName) {
		addRegion(caller, directoryId, regionName, null);
	}

	/**
	 * AddRegion: replicates an Enterprise directory to another Region (at most 5 Regions in all), with two
	 * domain controllers in the VPC given there.
	 */
	public void addRegion(Caller caller, String directoryId, String regionName, VpcSettings vpc) {
		this.audit.authorizedChange(caller, Action.DS_ADD_REGION, "directoryId=" + directoryId + ", regionName=" + regionName,
				(authorization) -> {
					requireDirectoryIdShape(directoryId);
					Directory directory = locked(caller, directoryId);
					authorization.require(this.resources.of(caller, directoryId));
					AwsRegion region = parseRegion(regionName);
					if (!directory.edition().supportsMultiRegion()) {
						throw DirectoryServiceError.UNSUPPORTED_OPERATION.exception("Multi-Region replication is available for Enterprise Edition directories only.");
					}
					if (!region.samePartitionAs(directory.primaryRegion())) {
						// AWS partitions are separate: a directory outside China is not replicated into China, nor back.
						throw DirectoryServiceError.UNSUPPORTED_OPERATION.exception(region.displayName()
								+ " is in another AWS partition than the directory's primary Region "
								+ directory.primaryRegion().code() + ".");
					}
					List<DirectoryRegion> regions = this.directories.regions(directoryId);
					if (regions.stream().anyMatch((existing) -> existing.region() == region)) {
						throw DirectoryServiceError.DIRECTORY_ALREADY_IN_REGION.exception("The directory is already in " + region.code() + ".");
					}
					if (regions.size() >= Directory.MAX_REGIONS) {
						throw DirectoryServiceError.REGION_LIMIT_EXCEEDED.exception("A directory can run in at most " + Directory.MAX_REGIONS + " Regions.");
					}
					VpcSettings regionVpc = vpcOrDefault(caller.inRegion(region), vpc).withSecurityGroup(securityGroupId());
					this.directories.insertRegion(directory, region, false, this.clock.instant(), regionVpc);
					addDomainControllers(directoryId, region, regionVpc, dnsAddresses(), DomainController.Status.Active, null);
					return null;
				});
	}

	/**
	 * RemoveRegion: stops replication to one additional Region (the API's caller's Region; the portal
	 * passes the Region chosen in the table). Refused for the primary Region and while the directory has
	 * live shares in that Region, which would otherwise vanish silently.
	 */
	public void removeRegion(Caller caller, String directoryId) {
		AwsRegion region = caller.region();
		this.audit.authorizedChange(caller, Action.DS_REMOVE_REGION, "directoryId=" + directoryId + ", regionName=" + region.code(),
				(authorization) -> {
					requireDirectoryIdShape(directoryId);
					Directory directory = locked(caller, directoryId);
					authorization.require(this.resources.of(caller, directoryId));
					if (directory.primaryRegion() == region) {
						throw DirectoryServiceError.UNSUPPORTED_OPERATION.exception("You cannot remove the primary Region. Delete the directory instead.");
					}
					if (!this.directories.runsIn(directoryId, region)) {
						throw DirectoryServiceError.DIRECTORY_DOES_NOT_EXIST.exception("The directory does not run in " + region.code() + ".");
					}
					long live = this.shares.liveShares(caller, directoryId).stream()
						.filter((share) -> share.region() == region)
						.count();
					if (live > 0) {
						throw DirectoryServiceError.CLIENT.exception("The directory is shared with " + live
								+ " account(s) in " + region.code() + ". Unshare it there first.");
					}
					this.directories.deleteRegion(directoryId, region);
					return null;
				});
	}

	/**
	 * DeleteDirectory. For a consumer's shared directory this drops the share from the consumer's
	 * account (the owner then sees {@code Deleted}). An owned directory with live shares is refused,
	 * naming them; shares on their way out ({@code Deleting}) and ended ones go with the directory.
	 */
	public String deleteDirectory(Caller caller, String directoryId) {
		requireDirectoryIdShape(directoryId);
		if (this.shares.isSharedDirectoryOf(caller, directoryId)) {
			this.shares.deleteSharedDirectory(caller, directoryId);
			return directoryId;
		}
		return this.audit.authorizedChange(caller, Action.DS_DELETE_DIRECTORY, "directoryId=" + directoryId, (authorization) -> {
			locked(caller, directoryId);
			authorization.require(this.resources.of(caller, directoryId));
			List<DirectoryShare> blocking = this.shares.liveShares(caller, directoryId)
				.stream()
				.filter((share) -> !share.leaving())
				.toList();
			if (!blocking.isEmpty()) {
				throw DirectoryServiceError.CLIENT.exception("The directory " + directoryId + " is shared with "
						+ blocking.size() + " account(s). Unshare it from every account before you delete it.");
			}
			this.directories.delete(directoryId);
			return directoryId;
		});
	}

	/** The portal's "Unshare all and delete": unshares every live share, then deletes, in one transaction. */
	public void unshareAllAndDelete(Caller caller, String directoryId) {
		requireDirectoryIdShape(directoryId);
		caller.require(Action.DS_UNSHARE_DIRECTORY, this.resources.of(caller, directoryId));
		caller.require(Action.DS_DELETE_DIRECTORY, this.resources.of(caller, directoryId));
		this.shares.unshareAll(caller, directoryId);
		deleteDirectory(caller, directoryId);
	}

	private Directory owned(Caller caller, String directoryId) {
		requireDirectoryIdShape(directoryId);
		return this.directories.find(caller.accountId(), directoryId).orElseThrow(() -> notFound(directoryId));
	}

	private Directory locked(Caller caller, String directoryId) {
		return this.directories.lock(caller.accountId(), directoryId).orElseThrow(() -> notFound(directoryId));
	}

	static AwsException notFound(String directoryId) {
		return DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + Echo.of(directoryId) + " does not exist.");
	}

	private static void requireDirectoryIdShape(String directoryId) {
		Directory.requireId(directoryId);
	}

	private static AwsRegion parseRegion(String regionName) {
		return AwsRegion.fromCode(regionName)
			.orElseThrow(() -> DirectoryServiceError.INVALID_PARAMETER.exception("Region " + Echo.of(regionName) + " is not a Region dirshare knows."));
	}

	static AwsException invalid(String message) {
		return DirectoryServiceError.INVALID_PARAMETER.exception(message);
	}

	private static List<String> dnsAddresses() {
		int subnet = RANDOM.nextInt(250) + 1;
		return List.of("10.0." + subnet + ".10", "10.0." + (subnet + 1) + ".10");
	}

	private static String missing(Set<String> ids, List<DirectoryDescription> found) {
		List<String> missing = new ArrayList<>(ids);
		found.forEach((row) -> missing.remove(row.directoryId()));
		return missing.isEmpty() ? ids.iterator().next() : missing.get(0);
	}

}
