package io.dirshare.sharing.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.AwsRegion;
import io.dirshare.sharing.ShareStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requestable directories and access requests in plain SQL. An open request holds its
 * {@code open_key} (directory, Region, account) under a unique constraint: of two concurrent requests
 * for the same key, on H2 and MySQL alike, one insert fails.
 */
@Repository
class AccessRequestRepository {

	private static final String SELECT_REQUEST = """
			SELECT a.id, a.owner_account_id, a.owner_directory_id, a.region, a.requester_account_id, a.requested_by,
			    a.justification, a.status, a.decision_reason, a.decided_by, a.shared_directory_id, a.requested_at,
			    a.expires_at, a.decided_at, d.dns_name
			FROM access_request a LEFT JOIN directory d ON d.id = a.owner_directory_id
			""";

	/** The share statuses that hold a share, as the sharing state machine defines them. */
	private static final List<String> LIVE = Arrays.stream(ShareStatus.values())
		.filter(ShareStatus::isLive)
		.map(ShareStatus::name)
		.toList();

	private final JdbcClient jdbc;

	AccessRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether a row was written (false: it was there and has been updated) */
	boolean saveRequestable(String ownerDirectoryId, AwsRegion region, String ownerAccountId, String description,
			Instant now) {
		int updated = this.jdbc.sql("UPDATE requestable_directory SET description = :description, updated_at = :now "
				+ "WHERE owner_directory_id = :directory AND region = :region")
			.param("description", description)
			.param("now", Timestamp.from(now))
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.update();
		if (updated > 0) {
			return false;
		}
		this.jdbc.sql("INSERT INTO requestable_directory (owner_directory_id, region, owner_account_id, description, "
				+ "updated_at) VALUES (:directory, :region, :owner, :description, :now)")
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.param("owner", ownerAccountId)
			.param("description", description)
			.param("now", Timestamp.from(now))
			.update();
		return true;
	}

	boolean deleteRequestable(String ownerDirectoryId, AwsRegion region) {
		return this.jdbc.sql("DELETE FROM requestable_directory WHERE owner_directory_id = :directory AND region = :region")
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.update() > 0;
	}

	/** The account that offers a directory in a Region, if one does. */
	Optional<String> requestableOwner(String ownerDirectoryId, AwsRegion region) {
		return this.jdbc.sql("SELECT owner_account_id FROM requestable_directory WHERE owner_directory_id = :directory "
				+ "AND region = :region")
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.query(String.class)
			.optional();
	}

	/** Whether the account has a live share of the directory in the Region (what a share's status says live). */
	boolean hasLiveShare(String ownerDirectoryId, AwsRegion region, String accountId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM directory_share WHERE owner_directory_id = :directory "
				+ "AND region = :region AND shared_account_id = :account AND share_status IN (:live)")
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.param("account", accountId)
			.param("live", LIVE)
			.query(Long.class)
			.single() > 0;
	}

	/** The owner's description of a directory it offers in a Region, if it does. */
	Optional<String> requestableDescription(String ownerDirectoryId, AwsRegion region) {
		return this.jdbc.sql("SELECT description FROM requestable_directory WHERE owner_directory_id = :directory "
				+ "AND region = :region")
			.param("directory", ownerDirectoryId)
			.param("region", region.code())
			.query(String.class)
			.optional();
	}

	/**
	 * The directories the owner accounts offer in a Region that still run there, as {@code viewer} sees
	 * them: with its live share and its open request, if any.
	 */
	List<RequestableDirectory> requestableBy(Collection<String> ownerAccountIds, AwsRegion region, String viewer,
			Instant now) {
		if (ownerAccountIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT r.owner_directory_id, r.region, r.owner_account_id, d.dns_name, r.description, r.updated_at,
				    (SELECT MAX(s.share_status) FROM directory_share s WHERE s.owner_directory_id = r.owner_directory_id
				        AND s.region = r.region AND s.shared_account_id = :viewer
				        AND s.share_status IN (:live)) AS share_status,
				    (SELECT MAX(a.expires_at) FROM access_request a WHERE a.owner_directory_id = r.owner_directory_id
				        AND a.region = r.region AND a.requester_account_id = :viewer AND a.status = 'OPEN'
				        AND a.expires_at > :now) AS open_request_expires_at
				FROM requestable_directory r
				JOIN directory d ON d.id = r.owner_directory_id
				JOIN directory_region dr ON dr.directory_id = r.owner_directory_id AND dr.region = r.region
				WHERE r.owner_account_id IN (:owners) AND r.region = :region
				ORDER BY d.dns_name, r.owner_directory_id""")
			.param("viewer", viewer)
			.param("live", LIVE)
			.param("now", Timestamp.from(now))
			.param("owners", List.copyOf(ownerAccountIds))
			.param("region", region.code())
			.query((rs, row) -> new RequestableDirectory(rs.getString("owner_directory_id"), region,
					rs.getString("owner_account_id"), rs.getString("dns_name"), rs.getString("description"),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("share_status"),
					instant(rs.getTimestamp("open_request_expires_at"))))
			.list();
	}

	/**
	 * Frees the key of a request on it that expired, so that a new one can be made: an expired request
	 * reads Expired by its time alone, the key is all that changes.
	 */
	void releaseExpiredKey(String openKey, Instant now) {
		// Read first without locking: an UPDATE that finds no row would take a gap lock on MySQL, and two
		// concurrent requests holding one each would deadlock on their inserts.
		boolean expiredHoldsKey = this.jdbc.sql("SELECT COUNT(*) FROM access_request WHERE open_key = :key AND expires_at <= :now")
			.param("key", openKey)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single() > 0;
		if (!expiredHoldsKey) {
			return;
		}
		this.jdbc.sql("UPDATE access_request SET open_key = NULL WHERE open_key = :key AND expires_at <= :now")
			.param("key", openKey)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Throws {@link org.springframework.dao.DuplicateKeyException} while a request on the key is open. */
	void insert(AccessRequest request) {
		this.jdbc.sql("""
				INSERT INTO access_request (id, owner_account_id, owner_directory_id, region, requester_account_id,
				    requested_by, justification, status, requested_at, expires_at, open_key, version)
				VALUES (:id, :owner, :directory, :region, :requester, :requestedBy, :justification, 'OPEN',
				    :requestedAt, :expiresAt, :key, 0)""")
			.param("id", request.id())
			.param("owner", request.ownerAccountId())
			.param("directory", request.ownerDirectoryId())
			.param("region", request.region().code())
			.param("requester", request.requesterAccountId())
			.param("requestedBy", request.requestedBy())
			.param("justification", request.justification())
			.param("requestedAt", Timestamp.from(request.requestedAt()))
			.param("expiresAt", Timestamp.from(request.expiresAt()))
			.param("key", AccessRequest.openKey(request.ownerDirectoryId(), request.region(), request.requesterAccountId()))
			.update();
	}

	Optional<AccessRequest> find(String id) {
		return this.jdbc.sql(SELECT_REQUEST + "WHERE a.id = :id").param("id", id).query(AccessRequestRepository::request).optional();
	}

	/** Reads and locks one request until the transaction ends (the request row alone). */
	Optional<AccessRequest> lock(String id) {
		return this.jdbc.sql("""
				SELECT a.id, a.owner_account_id, a.owner_directory_id, a.region, a.requester_account_id, a.requested_by,
				    a.justification, a.status, a.decision_reason, a.decided_by, a.shared_directory_id, a.requested_at,
				    a.expires_at, a.decided_at, NULL AS dns_name
				FROM access_request a WHERE a.id = :id FOR UPDATE""")
			.param("id", id)
			.query(AccessRequestRepository::request)
			.optional();
	}

	/** Closes a locked open request: the decision, who made it, and the share it made. */
	void decide(String id, AccessRequestStatus status, String reason, String decidedBy, String sharedDirectoryId,
			Instant now) {
		this.jdbc.sql("""
				UPDATE access_request SET status = :status, decision_reason = :reason, decided_by = :decidedBy,
				    shared_directory_id = :shared, decided_at = :now, open_key = NULL, version = version + 1
				WHERE id = :id AND status = 'OPEN'""")
			.param("status", status.name())
			.param("reason", reason)
			.param("decidedBy", decidedBy)
			.param("shared", sharedDirectoryId)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** The requests made to an owner account in a Region, newest first: open ones, then the latest others. */
	List<AccessRequest> toOwner(String ownerAccountId, AwsRegion region, int limit) {
		return this.jdbc.sql(SELECT_REQUEST + "WHERE a.owner_account_id = :owner AND a.region = :region "
				+ "ORDER BY a.requested_at DESC, a.id DESC LIMIT :limit")
			.param("owner", ownerAccountId)
			.param("region", region.code())
			.param("limit", limit)
			.query(AccessRequestRepository::request)
			.list();
	}

	/** The requests an account made in a Region, newest first. */
	List<AccessRequest> byRequester(String requesterAccountId, AwsRegion region, int limit) {
		return this.jdbc.sql(SELECT_REQUEST + "WHERE a.requester_account_id = :requester AND a.region = :region "
				+ "ORDER BY a.requested_at DESC, a.id DESC LIMIT :limit")
			.param("requester", requesterAccountId)
			.param("region", region.code())
			.param("limit", limit)
			.query(AccessRequestRepository::request)
			.list();
	}

	/** Open requests to an owner account in a Region that have not expired at {@code now} (the badge). */
	long countOpen(String ownerAccountId, AwsRegion region, Instant now) {
		return this.jdbc.sql("SELECT COUNT(*) FROM access_request WHERE owner_account_id = :owner AND region = :region "
				+ "AND status = 'OPEN' AND expires_at > :now")
			.param("owner", ownerAccountId)
			.param("region", region.code())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static AccessRequest request(ResultSet rs, int row) throws SQLException {
		return new AccessRequest(rs.getString("id"), rs.getString("owner_account_id"), rs.getString("owner_directory_id"),
				AwsRegion.fromCode(rs.getString("region")).orElseThrow(), rs.getString("requester_account_id"),
				rs.getString("requested_by"), rs.getString("justification"),
				AccessRequestStatus.valueOf(rs.getString("status")), rs.getString("decision_reason"),
				rs.getString("decided_by"), rs.getString("shared_directory_id"),
				rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				instant(rs.getTimestamp("decided_at")), rs.getString("dns_name"));
	}

}
