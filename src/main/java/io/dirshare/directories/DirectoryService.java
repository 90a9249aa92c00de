package io.dirshare.directories;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Page;
import io.dirshare.core.Slice;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;

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

	/** AWS's pattern for a directory's fully qualified name. */
	static final Pattern DNS_NAME = Pattern.compile("^([a-zA-Z0-9]+[\\.-])+([a-zA-Z0-9])+$");

	static final Pattern SHORT_NAME = Pattern.compile("^[^\\\\/:*?\"<>|.]+[^\\\\/:*?\"<>|]*$");

	/** AWS's rule for the Admin password: 8 to 64 characters, three of four character classes. */
	static final Pattern PASSWORD = Pattern.compile("(?=^.{8,64}$)((?=.*\\d)(?=.*[A-Z])(?=.*[a-z])"
			+ "|(?=.*\\d)(?=.*[^A-Za-z0-9\\s])(?=.*[a-z])|(?=.*[^A-Za-z0-9\\s])(?=.*[A-Z])(?=.*[a-z])"
			+ "|(?=.*\\d)(?=.*[A-Z])(?=.*[^A-Za-z0-9\\s]))^.*");

	public static final int PORTAL_PAGE_SIZE = 25;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DirectoryRepository directories;

	private final DirectoryShares shares;

	private final AuditTrail audit;

	private final DirectoryProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	DirectoryService(DirectoryRepository directories, DirectoryShares shares, AuditTrail audit,
			DirectoryProperties properties, JdbcClient jdbc, Clock clock) {
		this.directories = directories;
		this.shares = shares;
		this.audit = audit;
		this.properties = properties;
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
					Instant activeAt = this.clock.instant().plus(this.properties.creationDelay());
					this.directories.insert(directory, activeAt);
					return directory;
				});
	}

	/** A directory made Active at once, for the demo data. */
	public Directory createActiveForDemo(Caller caller, NewDirectory request) {
		Directory directory = validated(caller, request, DirectoryStage.Active);
		this.directories.insert(directory, null);
		this.audit.recordSuccess(caller, Action.DS_CREATE_MICROSOFT_AD.iamName(),
				"name=" + request.name() + ", edition=" + request.edition() + ", region=" + caller.region().code());
		return directory;
	}

	private Directory validated(Caller caller, NewDirectory request, DirectoryStage stage) {
		String name = trim(request.name());
		if (name.isEmpty() || name.length() > 255 || !DNS_NAME.matcher(name).matches()) {
			throw invalid("'" + shortened(name) + "' is not a directory DNS name: use a fully qualified name such as corp.example.com.");
		}
		String shortName = trim(request.shortName());
		if (shortName.isEmpty()) {
			shortName = name.substring(0, name.indexOf('.') > 0 ? name.indexOf('.') : name.length())
				.toUpperCase(Locale.ROOT);
			shortName = shortName.substring(0, Math.min(15, shortName.length()));
		}
		if (shortName.length() > 15 || !SHORT_NAME.matcher(shortName).matches()) {
			throw invalid("'" + shortened(shortName) + "' is not a NetBIOS name: at most 15 characters, none of \\ / : * ? \" < > |, "
					+ "and no dot first.");
		}
		if (request.password() == null || !PASSWORD.matcher(request.password()).matches()) {
			throw DirectoryServiceError.INVALID_PARAMETER.exception("Invalid directory password: the Admin password must be 8 to 64 characters long and contain "
							+ "characters from three of these four categories: lowercase letters, uppercase letters, "
							+ "numbers, and nonalphanumeric characters.");
		}
		String description = trim(request.description());
		if (description.length() > 128) {
			throw invalid("The description can be at most 128 characters long.");
		}
		Edition edition = parseEdition(request.edition());
		return new Directory(this.directories.newDirectoryId(), caller.accountId(), name, shortName, edition,
				description.isEmpty() ? null : description, stage, caller.region(), dnsAddresses(),
				this.clock.instant(), 0);
	}

	private static Edition parseEdition(String edition) {
		if (edition == null || edition.isBlank()) {
			return Edition.Enterprise;
		}
		for (Edition candidate : Edition.values()) {
			if (candidate.name().equals(edition)) {
				return candidate;
			}
		}
		throw invalid("The edition is Enterprise or Standard, not '" + shortened(edition) + "'.");
	}

	/**
	 * DescribeDirectories: owned and shared directories in the caller's Region, {@code limit} of them
	 * from {@code offset}. Naming a directory that is not there is refused.
	 */
	@Transactional(readOnly = true)
	public Slice<DirectoryDescription> describeDirectories(Caller caller, List<String> directoryIds, int offset,
			int limit) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		Set<String> ids = new LinkedHashSet<>((directoryIds != null) ? directoryIds : List.of());
		ids.forEach(DirectoryService::requireDirectoryIdShape);
		List<DirectoryDescription> rows = this.directories.describe(caller.accountId(), caller.region(), ids, limit + 1,
				offset);
		if (!ids.isEmpty() && offset == 0 && rows.size() < Math.min(ids.size(), limit + 1)) {
			throw DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + missing(ids, rows) + " does not exist.");
		}
		return Slice.of(rows, offset, limit);
	}

	/** The portal's Directories page for the caller's Region. */
	@Transactional(readOnly = true)
	public Page<DirectoryDescription> directoriesPage(Caller caller, int pageNumber) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		List<DirectoryDescription> rows = this.directories.describe(caller.accountId(), caller.region(), List.of(),
				PORTAL_PAGE_SIZE + 1, Page.offset(pageNumber, PORTAL_PAGE_SIZE));
		return Page.of(rows, pageNumber, PORTAL_PAGE_SIZE);
	}

	/** One of the caller's own directories (in any of its Regions), or EntityDoesNotExistException. */
	@Transactional(readOnly = true)
	public Directory directory(Caller caller, String directoryId) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		return owned(caller, directoryId);
	}

	/** DescribeRegions: the Regions of one of the caller's directories, optionally only one of them. */
	@Transactional(readOnly = true)
	public List<DirectoryRegion> describeRegions(Caller caller, String directoryId, String regionName) {
		caller.require(Action.DS_DESCRIBE_REGIONS);
		owned(caller, directoryId);
		List<DirectoryRegion> regions = this.directories.regions(directoryId);
		if (regionName == null || regionName.isBlank()) {
			return regions;
		}
		AwsRegion region = parseRegion(regionName);
		return regions.stream().filter((candidate) -> candidate.region() == region).toList();
	}

	/** AddRegion: replicates an Enterprise directory to another Region (at most 5 Regions in all). */
	public void addRegion(Caller caller, String directoryId, String regionName) {
		this.audit.authorizedChange(caller, Action.DS_ADD_REGION, "directoryId=" + directoryId + ", regionName=" + regionName,
				() -> {
					requireDirectoryIdShape(directoryId);
					Directory directory = locked(caller, directoryId);
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
					this.directories.insertRegion(directoryId, caller.accountId(), region, false, this.clock.instant());
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
				() -> {
					requireDirectoryIdShape(directoryId);
					Directory directory = locked(caller, directoryId);
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
		return this.audit.authorizedChange(caller, Action.DS_DELETE_DIRECTORY, "directoryId=" + directoryId, () -> {
			locked(caller, directoryId);
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
		caller.require(Action.DS_UNSHARE_DIRECTORY);
		caller.require(Action.DS_DELETE_DIRECTORY);
		requireDirectoryIdShape(directoryId);
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
		return DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + directoryId + " does not exist.");
	}

	private static void requireDirectoryIdShape(String directoryId) {
		Directory.requireId(directoryId);
	}

	private static AwsRegion parseRegion(String regionName) {
		return AwsRegion.fromCode(regionName)
			.orElseThrow(() -> DirectoryServiceError.INVALID_PARAMETER.exception("Region " + regionName + " is not a Region dirshare knows."));
	}

	private static AwsException invalid(String message) {
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

	/** A value as a message may quote it: never more than a short prefix. */
	private static String shortened(String value) {
		return (value.length() <= 64) ? value : value.substring(0, 64) + "…";
	}

	private static String trim(String value) {
		return (value == null) ? "" : value.trim();
	}

}
