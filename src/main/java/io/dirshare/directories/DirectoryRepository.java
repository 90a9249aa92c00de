package io.dirshare.directories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Ids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Directories and their Regions. Plain SQL because the rules need row locks ({@code FOR UPDATE}) and
 * conditional updates that Spring Data's derived queries do not give.
 */
@Repository
class DirectoryRepository {

	private static final String COLUMNS = "d.id, d.account_id, d.dns_name, d.short_name, d.edition, d.description, d.stage, "
			+ "d.primary_region, d.dns_ip_addrs, d.launch_time, d.version";

	private final JdbcClient jdbc;

	DirectoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Directory> find(String accountId, String directoryId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM directory d WHERE d.id = :id AND d.account_id = :account")
			.param("id", directoryId)
			.param("account", accountId)
			.query(DirectoryRepository::directory)
			.optional();
	}

	/**
	 * Reads and locks the owner's directory row until the transaction ends, so that changes of one
	 * directory (shares counted against its quota, Regions, deletion) happen one after another, on every
	 * app instance sharing the database. Call it first in a transaction, before any other read.
	 */
	public Optional<Directory> lock(String accountId, String directoryId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM directory d WHERE d.id = :id AND d.account_id = :account FOR UPDATE")
			.param("id", directoryId)
			.param("account", accountId)
			.query(DirectoryRepository::directory)
			.optional();
	}

	/** One of the account's directories that runs in the Region, locked until the transaction ends when asked. */
	Optional<Directory> findInRegion(String accountId, String directoryId, AwsRegion region, boolean lock) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM directory d JOIN directory_region r ON r.directory_id = d.id AND r.region = :region
				WHERE d.id = :id AND d.account_id = :account""" + (lock ? " FOR UPDATE" : ""))
			.param("id", directoryId)
			.param("account", accountId)
			.param("region", region.code())
			.query(DirectoryRepository::directory)
			.optional();
	}

	String newDirectoryId() {
		String id;
		do {
			id = Ids.directoryId();
		}
		while (idTaken(id));
		return id;
	}

	boolean idTaken(String id) {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM directory WHERE id = :id) + (SELECT COUNT(*) FROM directory_share WHERE shared_directory_id = :id)")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Inserts the directory and its primary Region, whose domain controllers run in the VPC given. */
	public void insert(Directory directory, Instant stageDueAt, VpcSettings vpc) {
		this.jdbc.sql("""
				INSERT INTO directory (id, account_id, dns_name, short_name, edition, description, stage, stage_due_at,
				    primary_region, dns_ip_addrs, launch_time, stage_updated_at, version)
				VALUES (:id, :account, :dns, :short, :edition, :description, :stage, :due, :region, :ips, :launch, :launch, 0)""")
			.param("id", directory.id())
			.param("account", directory.accountId())
			.param("dns", directory.dnsName())
			.param("short", directory.shortName())
			.param("edition", directory.edition().name())
			.param("description", directory.description())
			.param("stage", directory.stage().name())
			.param("due", (stageDueAt != null) ? Timestamp.from(stageDueAt) : null)
			.param("region", directory.primaryRegion().code())
			.param("ips", String.join(",", directory.dnsIpAddrs()))
			.param("launch", Timestamp.from(directory.launchTime()))
			.update();
		insertRegion(directory, directory.primaryRegion(), true, directory.launchTime(), vpc);
	}

	/** A Region of the directory; the row keeps the directory's launch time, the Directories page's order. */
	public void insertRegion(Directory directory, AwsRegion region, boolean primary, Instant now, VpcSettings vpc) {
		this.jdbc.sql("""
				INSERT INTO directory_region (directory_id, region, account_id, is_primary, added_at, launch_time, vpc_id,
				    subnet_ids, security_group_id, desired_domain_controllers)
				VALUES (:id, :region, :account, :primary, :at, :launch, :vpc, :subnets, :group, :controllers)""")
			.param("id", directory.id())
			.param("region", region.code())
			.param("account", directory.accountId())
			.param("primary", primary)
			.param("at", Timestamp.from(now))
			.param("launch", Timestamp.from(directory.launchTime()))
			.param("vpc", vpc.vpcId())
			.param("subnets", vpc.joinedSubnets())
			.param("group", vpc.securityGroupId())
			.param("controllers", DomainControllerService.MIN_DOMAIN_CONTROLLERS)
			.update();
	}

	/** The Region's desired number of domain controllers, as UpdateNumberOfDomainControllers sets it. */
	public void updateDesiredDomainControllers(String directoryId, AwsRegion region, int desired) {
		this.jdbc.sql("UPDATE directory_region SET desired_domain_controllers = :desired WHERE directory_id = :id AND region = :region")
			.param("desired", desired)
			.param("id", directoryId)
			.param("region", region.code())
			.update();
	}

	/** @return whether the alias was free and the directory had none */
	public boolean setAlias(String directoryId, String alias) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM directory WHERE alias_name = :alias").param("alias", alias).query(Long.class).single() > 0) {
			return false;
		}
		return this.jdbc.sql("UPDATE directory SET alias_name = :alias WHERE id = :id AND alias_name IS NULL")
			.param("alias", alias)
			.param("id", directoryId)
			.update() == 1;
	}

	public void setSsoEnabled(String directoryId, boolean enabled) {
		this.jdbc.sql("UPDATE directory SET sso_enabled = :enabled WHERE id = :id")
			.param("enabled", enabled)
			.param("id", directoryId)
			.update();
	}

	/** The directory's alias, if it has one. */
	public Optional<String> alias(String directoryId) {
		return this.jdbc.sql("SELECT alias_name FROM directory WHERE id = :id AND alias_name IS NOT NULL")
			.param("id", directoryId)
			.query(String.class)
			.optional();
	}

	/** Deletes an additional Region with its domain controllers and tags. */
	public void deleteRegion(String directoryId, AwsRegion region) {
		this.jdbc.sql("DELETE FROM domain_controller WHERE directory_id = :id AND region = :region")
			.param("id", directoryId)
			.param("region", region.code())
			.update();
		this.jdbc.sql("DELETE FROM directory_tag WHERE directory_id = :id AND region = :region")
			.param("id", directoryId)
			.param("region", region.code())
			.update();
		this.jdbc.sql("DELETE FROM directory_region WHERE directory_id = :id AND region = :region AND is_primary = FALSE")
			.param("id", directoryId)
			.param("region", region.code())
			.update();
	}

	/** Deletes the directory, its Regions, domain controllers and tags, and what is left of its shares' history. */
	public void delete(String directoryId) {
		this.jdbc.sql("DELETE FROM directory_share WHERE owner_directory_id = :id").param("id", directoryId).update();
		this.jdbc.sql("DELETE FROM domain_controller WHERE directory_id = :id").param("id", directoryId).update();
		this.jdbc.sql("DELETE FROM directory_tag WHERE directory_id = :id").param("id", directoryId).update();
		this.jdbc.sql("DELETE FROM directory_region WHERE directory_id = :id").param("id", directoryId).update();
		this.jdbc.sql("DELETE FROM directory WHERE id = :id").param("id", directoryId).update();
	}

	public List<DirectoryRegion> regions(String directoryId) {
		return this.jdbc.sql("""
				SELECT r.directory_id, r.region, r.is_primary, d.stage, r.added_at, r.vpc_id, r.subnet_ids,
				    r.security_group_id, r.desired_domain_controllers, d.stage_updated_at
				FROM directory_region r JOIN directory d ON d.id = r.directory_id
				WHERE r.directory_id = :id ORDER BY r.is_primary DESC, r.added_at, r.region""")
			.param("id", directoryId)
			.query((rs, row) -> {
				Instant added = rs.getTimestamp(5).toInstant();
				Timestamp stageUpdated = rs.getTimestamp(10);
				Instant statusUpdated = (stageUpdated != null && stageUpdated.toInstant().isAfter(added))
						? stageUpdated.toInstant() : added;
				return new DirectoryRegion(rs.getString(1), region(rs.getString(2)), rs.getBoolean(3),
						DirectoryStage.valueOf(rs.getString(4)), added, vpc(rs.getString(6), rs.getString(7), rs.getString(8)),
						rs.getInt(9), statusUpdated);
			})
			.list();
	}

	/** The additional Regions (not the primary one) of each directory, in one query. */
	public java.util.Map<String, List<AwsRegion>> additionalRegions(Collection<String> directoryIds) {
		java.util.Map<String, List<AwsRegion>> regions = new java.util.HashMap<>();
		if (directoryIds.isEmpty()) {
			return regions;
		}
		this.jdbc.sql("""
				SELECT directory_id, region FROM directory_region
				WHERE directory_id IN (:ids) AND is_primary = FALSE ORDER BY added_at, region""")
			.param("ids", List.copyOf(directoryIds))
			.query((rs) -> {
				regions.computeIfAbsent(rs.getString(1), (id) -> new java.util.ArrayList<>()).add(region(rs.getString(2)));
			});
		return regions;
	}

	public boolean runsIn(String directoryId, AwsRegion region) {
		return this.jdbc.sql("SELECT COUNT(*) FROM directory_region WHERE directory_id = :id AND region = :region")
			.param("id", directoryId)
			.param("region", region.code())
			.query(Long.class)
			.single() > 0;
	}

	/** Directories of an account in one Region: what the per-Region limit counts. */
	public long countInRegion(String accountId, AwsRegion region) {
		return this.jdbc.sql("SELECT COUNT(*) FROM directory_region WHERE account_id = :account AND region = :region")
			.param("account", accountId)
			.param("region", region.code())
			.query(Long.class)
			.single();
	}

	/**
	 * One page of what an account sees in a Region: the directories it owns there and the shared
	 * directories it consumes there, newest first, in one query. Each side reads at most the rows up to the
	 * page's end, in the order of its own index ({@code ix_directory_region_list},
	 * {@code ix_share_consumer_directories}); only those are merged. The equal-valued leading columns in
	 * each ORDER BY change no order: they let H2 see that the index gives it (MySQL drops them). Inside the
	 * union H2 would read the shares through the index with the status instead, and sort all of them: hence
	 * the index hint, which MySQL reads alike.
	 */
	public List<DirectoryDescription> describe(String accountId, AwsRegion region, Collection<String> ids, int limit,
			int offset) {
		boolean filtered = ids != null && !ids.isEmpty();
		String sql = """
				SELECT * FROM (
				(SELECT d.id AS directory_id, d.dns_name, d.short_name, d.edition, 'MicrosoftAD' AS directory_type, d.stage,
				    r.launch_time AS listed_at, d.description, d.dns_ip_addrs,
				    NULL AS share_status, NULL AS share_method, NULL AS share_notes, NULL AS owner_account_id, NULL AS owner_directory_id,
				    d.alias_name, d.sso_enabled, d.stage_updated_at, r.vpc_id, r.subnet_ids, r.security_group_id,
				    r.desired_domain_controllers, d.primary_region
				FROM directory_region r JOIN directory d ON d.id = r.directory_id
				WHERE r.account_id = :account AND r.region = :region %s
				ORDER BY r.account_id, r.region, r.launch_time DESC, r.directory_id
				LIMIT :end)
				UNION ALL
				(SELECT s.shared_directory_id, d.dns_name, d.short_name, d.edition, 'SharedMicrosoftAD', d.stage,
				    s.created_at, d.description, d.dns_ip_addrs,
				    s.share_status, s.share_method, s.share_notes, s.owner_account_id, s.owner_directory_id,
				    NULL, FALSE, d.stage_updated_at, o.vpc_id, o.subnet_ids, o.security_group_id,
				    o.desired_domain_controllers, d.primary_region
				FROM directory_share s USE INDEX (ix_share_consumer_directories) JOIN directory d ON d.id = s.owner_directory_id
				LEFT JOIN directory_region o ON o.directory_id = s.owner_directory_id AND o.region = s.region
				WHERE s.shared_account_id = :account AND s.region = :region
				    AND s.share_status NOT IN ('Rejected', 'ShareFailed', 'Deleted', 'Expired') %s
				ORDER BY s.shared_account_id, s.region, s.created_at DESC, s.shared_directory_id
				LIMIT :end)
				) listed
				ORDER BY listed_at DESC, directory_id
				LIMIT :limit OFFSET :offset""".formatted(filtered ? "AND r.directory_id IN (:ids)" : "",
				filtered ? "AND s.shared_directory_id IN (:ids)" : "");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("account", accountId)
			.param("region", region.code())
			.param("end", offset + limit)
			.param("limit", limit)
			.param("offset", offset);
		if (filtered) {
			statement = statement.param("ids", List.copyOf(ids));
		}
		return statement.query((rs, row) -> {
			Timestamp stageUpdated = rs.getTimestamp("stage_updated_at");
			DirectoryDetails details = new DirectoryDetails(rs.getString("alias_name"), rs.getBoolean("sso_enabled"),
					(stageUpdated != null) ? stageUpdated.toInstant() : null,
					vpc(rs.getString("vpc_id"), rs.getString("subnet_ids"), rs.getString("security_group_id")), region,
					rs.getInt("desired_domain_controllers"), region(rs.getString("primary_region")), List.of());
			return new DirectoryDescription(rs.getString("directory_id"), rs.getString("dns_name"),
					rs.getString("short_name"), rs.getString("edition"), rs.getString("directory_type"), rs.getString("stage"),
					rs.getTimestamp("listed_at").toInstant(), rs.getString("description"), ips(rs.getString("dns_ip_addrs")),
					rs.getString("share_status"), rs.getString("share_method"), rs.getString("share_notes"),
					rs.getString("owner_account_id"), rs.getString("owner_directory_id"), details);
		}).list();
	}

	/** Creating directories whose delay is over. */
	public List<Directory> dueToActivate(Instant now, int max) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM directory d WHERE d.stage_due_at <= :now ORDER BY d.stage_due_at LIMIT :max")
			.param("now", Timestamp.from(now))
			.param("max", max)
			.query(DirectoryRepository::directory)
			.list();
	}

	/** {@code Creating} directories, whenever they are due. */
	public List<Directory> creating(int max) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM directory d WHERE d.stage_due_at IS NOT NULL ORDER BY d.stage_due_at LIMIT :max")
			.param("max", max)
			.query(DirectoryRepository::directory)
			.list();
	}

	/** Compare-and-set: only the instance whose update matches the read version activates the directory. */
	public boolean activate(Directory directory, Instant now) {
		return this.jdbc.sql("""
				UPDATE directory SET stage = 'Active', stage_due_at = NULL, stage_updated_at = :now, version = version + 1
				WHERE id = :id AND stage = 'Creating' AND version = :version""")
			.param("id", directory.id())
			.param("version", directory.version())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static Directory directory(ResultSet rs, int row) throws SQLException {
		return new Directory(rs.getString("id"), rs.getString("account_id"), rs.getString("dns_name"),
				rs.getString("short_name"), Edition.valueOf(rs.getString("edition")), rs.getString("description"),
				DirectoryStage.valueOf(rs.getString("stage")), region(rs.getString("primary_region")),
				ips(rs.getString("dns_ip_addrs")), rs.getTimestamp("launch_time").toInstant(), rs.getLong("version"));
	}

	private static VpcSettings vpc(String vpcId, String subnetIds, String securityGroupId) {
		return (vpcId == null) ? null : new VpcSettings(vpcId, ips(subnetIds), securityGroupId);
	}

	private static AwsRegion region(String code) {
		return AwsRegion.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown Region " + code));
	}

	private static List<String> ips(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

}
