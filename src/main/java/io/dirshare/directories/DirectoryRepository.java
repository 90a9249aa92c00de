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

	public void insert(Directory directory, Instant stageDueAt) {
		this.jdbc.sql("""
				INSERT INTO directory (id, account_id, dns_name, short_name, edition, description, stage, stage_due_at,
				    primary_region, dns_ip_addrs, launch_time, version)
				VALUES (:id, :account, :dns, :short, :edition, :description, :stage, :due, :region, :ips, :launch, 0)""")
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
		insertRegion(directory, directory.primaryRegion(), true, directory.launchTime());
	}

	/** A Region of the directory; the row keeps the directory's launch time, the Directories page's order. */
	public void insertRegion(Directory directory, AwsRegion region, boolean primary, Instant now) {
		this.jdbc.sql("""
				INSERT INTO directory_region (directory_id, region, account_id, is_primary, added_at, launch_time)
				VALUES (:id, :region, :account, :primary, :at, :launch)""")
			.param("id", directory.id())
			.param("region", region.code())
			.param("account", directory.accountId())
			.param("primary", primary)
			.param("at", Timestamp.from(now))
			.param("launch", Timestamp.from(directory.launchTime()))
			.update();
	}

	public void deleteRegion(String directoryId, AwsRegion region) {
		this.jdbc.sql("DELETE FROM directory_region WHERE directory_id = :id AND region = :region AND is_primary = FALSE")
			.param("id", directoryId)
			.param("region", region.code())
			.update();
	}

	/** Deletes the directory, its Regions and what is left of its shares' history. */
	public void delete(String directoryId) {
		this.jdbc.sql("DELETE FROM directory_share WHERE owner_directory_id = :id").param("id", directoryId).update();
		this.jdbc.sql("DELETE FROM directory_region WHERE directory_id = :id").param("id", directoryId).update();
		this.jdbc.sql("DELETE FROM directory WHERE id = :id").param("id", directoryId).update();
	}

	public List<DirectoryRegion> regions(String directoryId) {
		return this.jdbc.sql("""
				SELECT r.directory_id, r.region, r.is_primary, d.stage, r.added_at
				FROM directory_region r JOIN directory d ON d.id = r.directory_id
				WHERE r.directory_id = :id ORDER BY r.is_primary DESC, r.added_at, r.region""")
			.param("id", directoryId)
			.query((rs, row) -> new DirectoryRegion(rs.getString(1), region(rs.getString(2)), rs.getBoolean(3),
					DirectoryStage.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
			.list();
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
				    NULL AS share_status, NULL AS share_method, NULL AS share_notes, NULL AS owner_account_id, NULL AS owner_directory_id
				FROM directory_region r JOIN directory d ON d.id = r.directory_id
				WHERE r.account_id = :account AND r.region = :region %s
				ORDER BY r.account_id, r.region, r.launch_time DESC, r.directory_id
				LIMIT :end)
				UNION ALL
				(SELECT s.shared_directory_id, d.dns_name, d.short_name, d.edition, 'SharedMicrosoftAD', d.stage,
				    s.created_at, d.description, d.dns_ip_addrs,
				    s.share_status, s.share_method, s.share_notes, s.owner_account_id, s.owner_directory_id
				FROM directory_share s USE INDEX (ix_share_consumer_directories) JOIN directory d ON d.id = s.owner_directory_id
				WHERE s.shared_account_id = :account AND s.region = :region
				    AND s.share_status NOT IN ('Rejected', 'ShareFailed', 'Deleted') %s
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
		return statement.query((rs, row) -> new DirectoryDescription(rs.getString("directory_id"), rs.getString("dns_name"),
				rs.getString("short_name"), rs.getString("edition"), rs.getString("directory_type"), rs.getString("stage"),
				rs.getTimestamp("listed_at").toInstant(), rs.getString("description"), ips(rs.getString("dns_ip_addrs")),
				rs.getString("share_status"), rs.getString("share_method"), rs.getString("share_notes"),
				rs.getString("owner_account_id"), rs.getString("owner_directory_id")))
			.list();
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

	/** Compare-and-set: only the instance whose update matches the read version activates the directory. */
	public boolean activate(Directory directory) {
		return this.jdbc.sql("""
				UPDATE directory SET stage = 'Active', stage_due_at = NULL, version = version + 1
				WHERE id = :id AND stage = 'Creating' AND version = :version""")
			.param("id", directory.id())
			.param("version", directory.version())
			.update() == 1;
	}

	private static Directory directory(ResultSet rs, int row) throws SQLException {
		return new Directory(rs.getString("id"), rs.getString("account_id"), rs.getString("dns_name"),
				rs.getString("short_name"), Edition.valueOf(rs.getString("edition")), rs.getString("description"),
				DirectoryStage.valueOf(rs.getString("stage")), region(rs.getString("primary_region")),
				ips(rs.getString("dns_ip_addrs")), rs.getTimestamp("launch_time").toInstant(), rs.getLong("version"));
	}

	private static AwsRegion region(String code) {
		return AwsRegion.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown Region " + code));
	}

	private static List<String> ips(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

}
