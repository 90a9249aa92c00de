package io.dirshare.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import io.dirshare.core.AwsRegion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Shares, in plain SQL: row locks for the rules, compare-and-set updates for the settle job, and list
 * queries that read a page (with the owner directory's name) in one statement.
 */
@Repository
class ShareRepository {

	private static final String SELECT = """
			SELECT s.id, s.owner_account_id, s.owner_directory_id, s.region, s.shared_account_id, s.shared_directory_id,
			    s.share_method, s.share_status, s.share_notes, s.created_at, s.updated_at, s.version,
			    s.invitation_expires_at, d.dns_name, d.dns_ip_addrs
			FROM directory_share s JOIN directory d ON d.id = s.owner_directory_id
			""";

	/** The share row alone: a locking read must not lock the directory row too (lock order: directory, then share). */
	private static final String SELECT_FOR_LOCK = """
			SELECT s.id, s.owner_account_id, s.owner_directory_id, s.region, s.shared_account_id, s.shared_directory_id,
			    s.share_method, s.share_status, s.share_notes, s.created_at, s.updated_at, s.version,
			    s.invitation_expires_at, NULL AS dns_name, NULL AS dns_ip_addrs
			FROM directory_share s
			""";

	private static final String ENDED = "('Rejected', 'ShareFailed', 'Deleted', 'Expired')";

	private final JdbcClient jdbc;

	ShareRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param settleDueAt when the settle job takes the share further: a transient status settles then, an
	 * invitation with {@code invitationExpiresAt} is written {@code Expired} then
	 */
	void insert(String ownerAccountId, String ownerDirectoryId, AwsRegion region, String sharedAccountId,
			String sharedDirectoryId, ShareMethod method, ShareStatus status, String notes, Instant now,
			Instant settleDueAt, Instant invitationExpiresAt) {
		this.jdbc.sql("""
				INSERT INTO directory_share (owner_account_id, owner_directory_id, region, shared_account_id,
				    shared_directory_id, share_method, share_status, share_notes, created_at, updated_at, settle_due_at,
				    invitation_expires_at, version)
				VALUES (:owner, :directory, :region, :target, :shared, :method, :status, :notes, :now, :now, :due,
				    :expires, 0)""")
			.param("expires", timestamp(invitationExpiresAt))
			.param("owner", ownerAccountId)
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.param("target", sharedAccountId)
			.param("shared", sharedDirectoryId)
			.param("method", method.name())
			.param("status", status.name())
			.param("notes", notes)
			.param("now", Timestamp.from(now))
			.param("due", timestamp(settleDueAt))
			.update();
	}

	/** Live shares of one directory in one Region: what the quota counts. Read under the directory's lock. */
	long countLive(String ownerDirectoryId, AwsRegion region) {
		return this.jdbc.sql("SELECT COUNT(*) FROM directory_share WHERE owner_directory_id = :directory AND region = :region "
				+ "AND share_status NOT IN " + ENDED)
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.query(Long.class)
			.single();
	}

	boolean liveShareExists(String ownerDirectoryId, AwsRegion region, String sharedAccountId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM directory_share WHERE owner_directory_id = :directory AND region = :region "
				+ "AND shared_account_id = :target AND share_status NOT IN " + ENDED)
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.param("target", sharedAccountId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Share> findBySharedDirectoryId(String sharedDirectoryId) {
		return this.jdbc.sql(SELECT + "WHERE s.shared_directory_id = :id")
			.param("id", sharedDirectoryId)
			.query(ShareRepository::share)
			.optional();
	}

	/** Reads and locks one share until the transaction ends. */
	Optional<Share> lockBySharedDirectoryId(String sharedDirectoryId) {
		return this.jdbc.sql(SELECT_FOR_LOCK + "WHERE s.shared_directory_id = :id FOR UPDATE")
			.param("id", sharedDirectoryId)
			.query(ShareRepository::share)
			.optional();
	}

	/**
	 * The live share of a directory with an account in a Region, not locked: lock it by its shared
	 * directory ID next. Locking through this range scan would take gap locks on MySQL that deadlock with
	 * a concurrent status update of the same share.
	 */
	Optional<Share> findLive(String ownerDirectoryId, AwsRegion region, String sharedAccountId) {
		return this.jdbc.sql(SELECT + "WHERE s.owner_directory_id = :directory AND s.region = :region "
				+ "AND s.shared_account_id = :target AND s.share_status NOT IN " + ENDED)
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.param("target", sharedAccountId)
			.query(ShareRepository::share)
			.optional();
	}

	/** The most recent share of a directory with an account in a Region, ended or not. */
	Optional<Share> latest(String ownerDirectoryId, AwsRegion region, String sharedAccountId) {
		return this.jdbc.sql(SELECT + "WHERE s.owner_directory_id = :directory AND s.region = :region "
				+ "AND s.shared_account_id = :target ORDER BY s.created_at DESC, s.id DESC LIMIT 1")
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.param("target", sharedAccountId)
			.query(ShareRepository::share)
			.optional();
	}

	/** Every live share of a directory, in all its Regions. */
	List<Share> liveOf(String ownerDirectoryId) {
		return this.jdbc.sql(SELECT + "WHERE s.owner_directory_id = :directory AND s.share_status NOT IN " + ENDED
				+ " ORDER BY s.region, s.created_at, s.id")
			.param("directory", ownerDirectoryId)
			.query(ShareRepository::share)
			.list();
	}

	/**
	 * One page of a directory's shares in a Region (the owner's Shared directories table), optionally without
	 * Deleted ones, read in the order of {@code ix_share_owner_list}. The equal-valued leading columns of the
	 * ORDER BY change no order: they let H2 see that the index gives it, as here and in {@link #consumerPage}.
	 */
	List<Share> ownerPage(String ownerDirectoryId, AwsRegion region, boolean hideDeleted, Collection<String> ids,
			int limit, int offset) {
		boolean filtered = ids != null && !ids.isEmpty();
		JdbcClient.StatementSpec statement = this.jdbc.sql(SELECT
				+ "WHERE s.owner_directory_id = :directory AND s.region = :region"
				+ (hideDeleted ? " AND s.share_status <> 'Deleted'" : "")
				+ (filtered ? " AND s.shared_directory_id IN (:ids)" : "")
				+ " ORDER BY s.owner_directory_id DESC, s.region DESC, s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.param("limit", limit)
			.param("offset", offset);
		if (filtered) {
			statement = statement.param("ids", List.copyOf(ids));
		}
		return statement.query(ShareRepository::share).list();
	}

	/** One page of the shared directories a consumer sees in a Region, in the order of {@code ix_share_consumer_list}. */
	List<Share> consumerPage(String sharedAccountId, AwsRegion region, int limit, int offset) {
		return consumerPage(sharedAccountId, region, Set.of(ShareStatus.Rejected, ShareStatus.ShareFailed, ShareStatus.Deleted, ShareStatus.Expired),
				limit, offset);
	}

	/** One page of the shares with a consumer in a Region, without those in the given statuses. */
	List<Share> consumerPage(String sharedAccountId, AwsRegion region, Set<ShareStatus> hidden, int limit, int offset) {
		String without = hidden.isEmpty() ? ""
				: " AND s.share_status NOT IN (" + String.join(", ", hidden.stream().map((status) -> "'" + status.name() + "'").sorted().toList()) + ")";
		return this.jdbc.sql(SELECT + "WHERE s.shared_account_id = :account AND s.region = :region"
				+ without + " ORDER BY s.shared_account_id DESC, s.region DESC, s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
			.param("account", sharedAccountId)
			.param("region", region.code())
			.param("limit", limit)
			.param("offset", offset)
			.query(ShareRepository::share)
			.list();
	}

	/** Invitations waiting for a consumer in a Region that have not expired at {@code now}, up to {@code atMost}. */
	long countPending(String sharedAccountId, AwsRegion region, Instant now, int atMost) {
		// Counted up to a limit: every page shows this count, so it must not grow with the account's invitations.
		return this.jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 AS pending FROM directory_share "
				+ "WHERE shared_account_id = :account AND region = :region AND share_status = 'PendingAcceptance' "
				+ "AND (invitation_expires_at IS NULL OR invitation_expires_at > :now) LIMIT :atMost) counted")
			.param("account", sharedAccountId)
			.param("region", region.code())
			.param("now", Timestamp.from(now))
			.param("atMost", atMost)
			.query(Long.class)
			.single();
	}

	/** Invitations waiting for a consumer in a Region that expire after {@code now} and by {@code until}. */
	List<Share> pendingExpiringBy(String sharedAccountId, AwsRegion region, Instant now, Instant until) {
		return this.jdbc.sql(SELECT + "WHERE s.shared_account_id = :account AND s.region = :region "
				+ "AND s.share_status = 'PendingAcceptance' AND s.invitation_expires_at > :now "
				+ "AND s.invitation_expires_at <= :until ORDER BY s.invitation_expires_at, s.id")
			.param("account", sharedAccountId)
			.param("region", region.code())
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.query(ShareRepository::share)
			.list();
	}

	/** Live ORGANIZATIONS shares from one owner account to one consumer account (lock each by its ID next). */
	List<Share> findLiveOrganizationShares(String ownerAccountId, String sharedAccountId) {
		return this.jdbc.sql(SELECT + "WHERE s.shared_account_id = :target AND s.owner_account_id = :owner "
				+ "AND s.share_method = 'ORGANIZATIONS' AND s.share_status NOT IN " + ENDED)
			.param("owner", ownerAccountId)
			.param("target", sharedAccountId)
			.query(ShareRepository::share)
			.list();
	}

	/**
	 * Moves a share from the status it was read in to the next one, compare-and-set on status and version:
	 * false when someone else changed it first (then nothing is written).
	 */
	boolean transition(Share share, ShareStatus next, Instant now, Instant settleDueAt) {
		return this.jdbc.sql("""
				UPDATE directory_share SET share_status = :next, updated_at = :now, settle_due_at = :due, version = version + 1
				WHERE id = :id AND share_status = :current AND version = :version""")
			.param("next", next.name())
			.param("now", Timestamp.from(now))
			.param("due", timestamp(settleDueAt))
			.param("id", share.id())
			.param("current", share.shareStatus().name())
			.param("version", share.version())
			.update() == 1;
	}

	/** Shares whose transient status is due to settle. */
	List<Share> dueToSettle(Instant now, int max) {
		return this.jdbc.sql(SELECT + "WHERE s.settle_due_at <= :now ORDER BY s.settle_due_at LIMIT :max")
			.param("now", Timestamp.from(now))
			.param("max", max)
			.query(ShareRepository::share)
			.list();
	}

	/** Shares in a transient status, whenever they are due: all there is to settle now. */
	List<Share> transientShares(int max) {
		return this.jdbc.sql(SELECT + "WHERE s.settle_due_at IS NOT NULL ORDER BY s.settle_due_at LIMIT :max")
			.param("max", max)
			.query(ShareRepository::share)
			.list();
	}

	/**
	 * Reads and locks the shares of one directory in one Region whose transient status is due to settle:
	 * found by a plain read (through {@code ix_share_owner_settle}), then each locked by its primary key and
	 * kept only if it is still due. A locking read of the range itself would take next-key and gap locks
	 * on MySQL (REPEATABLE READ), at the end of the index too, where every new share is inserted: concurrent
	 * shares of different directories then deadlocked on each other's gaps. Locked, so the settle job
	 * cannot settle them meanwhile.
	 */
	List<Share> lockDueToSettle(String ownerDirectoryId, AwsRegion region, Instant now) {
		List<Long> due = this.jdbc.sql("SELECT id FROM directory_share WHERE owner_directory_id = :directory "
				+ "AND region = :region AND settle_due_at <= :now ORDER BY id")
			.param("now", Timestamp.from(now))
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.query(Long.class)
			.list();
		List<Share> locked = new ArrayList<>(due.size());
		for (Long id : due) {
			this.jdbc.sql(SELECT_FOR_LOCK + "WHERE s.id = :id AND s.settle_due_at <= :now FOR UPDATE")
				.param("id", id)
				.param("now", Timestamp.from(now))
				.query(ShareRepository::share)
				.optional()
				.ifPresent(locked::add);
		}
		return locked;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Share share(ResultSet rs, int row) throws SQLException {
		String ips = rs.getString("dns_ip_addrs");
		return new Share(rs.getLong("id"), rs.getString("owner_account_id"), rs.getString("owner_directory_id"),
				AwsRegion.fromCode(rs.getString("region")).orElseThrow(), rs.getString("shared_account_id"),
				rs.getString("shared_directory_id"), ShareMethod.valueOf(rs.getString("share_method")),
				ShareStatus.valueOf(rs.getString("share_status")), rs.getString("share_notes"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"), rs.getString("dns_name"),
				(ips == null || ips.isEmpty()) ? List.of() : Arrays.asList(ips.split(",")),
				instant(rs.getTimestamp("invitation_expires_at")));
	}

}
