package io.dirshare.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.Ids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Handshake rows. A state change is a conditional update that succeeds only while the row is still
 * open and unexpired, so of two concurrent changes exactly one updates the row.
 */
@Repository
class HandshakeRepository {

	private static final String COLUMNS = "id, organization_id, action, state, sender_account_id, target_account_id, "
			+ "notes, parent_id, requested_at, expires_at, changed_at";

	private final JdbcClient jdbc;

	HandshakeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Handshake handshake) {
		this.jdbc.sql("INSERT INTO organization_handshake (" + COLUMNS + ") VALUES (:id, :org, :action, :state, "
				+ ":sender, :target, :notes, :parent, :requestedAt, :expiresAt, NULL)")
			.param("id", handshake.id())
			.param("org", handshake.organizationId())
			.param("action", handshake.action().name())
			.param("state", handshake.storedState().name())
			.param("sender", handshake.senderAccountId())
			.param("target", handshake.targetAccountId())
			.param("notes", handshake.notes())
			.param("parent", handshake.parentId())
			.param("requestedAt", Timestamp.from(handshake.requestedAt()))
			.param("expiresAt", Timestamp.from(handshake.expiresAt()))
			.update();
	}

	/** A new handshake ID, one no row has yet. */
	String unusedId() {
		String id;
		do {
			id = Ids.handshakeId();
		}
		while (existsById(id));
		return id;
	}

	boolean existsById(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM organization_handshake WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Handshake> findById(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organization_handshake WHERE id = :id")
			.param("id", id)
			.query(HandshakeRepository::map)
			.optional();
	}

	/** Reads and locks the row, so changes that depend on it (the last approval) run one after another. */
	Optional<Handshake> findByIdForUpdate(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organization_handshake WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(HandshakeRepository::map)
			.optional();
	}

	/**
	 * Moves an open, unexpired handshake to {@code state}.
	 * @return whether this call changed it (false: it was no longer open)
	 */
	boolean changeIfOpen(String id, HandshakeState state, Instant now) {
		return this.jdbc.sql("UPDATE organization_handshake SET state = :state, changed_at = :now "
				+ "WHERE id = :id AND state = 'OPEN' AND expires_at > :now")
			.param("state", state.name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	List<Handshake> findByTarget(String accountId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organization_handshake WHERE target_account_id = :account "
				+ "ORDER BY requested_at DESC, id")
			.param("account", accountId)
			.query(HandshakeRepository::map)
			.list();
	}

	List<Handshake> findByOrganization(String organizationId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organization_handshake WHERE organization_id = :org "
				+ "ORDER BY requested_at DESC, id")
			.param("org", organizationId)
			.query(HandshakeRepository::map)
			.list();
	}

	List<Handshake> findByParent(String parentId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organization_handshake WHERE parent_id = :parent "
				+ "ORDER BY target_account_id")
			.param("parent", parentId)
			.query(HandshakeRepository::map)
			.list();
	}

	/** Counts, with a locking read that sees the latest committed rows, the approvals still missing. */
	long countUnapprovedForUpdate(String parentId, Instant now) {
		return this.jdbc.sql("SELECT id FROM organization_handshake WHERE parent_id = :parent "
				+ "AND (state = 'DECLINED' OR (state = 'OPEN' AND expires_at > :now)) FOR UPDATE")
			.param("parent", parentId)
			.param("now", Timestamp.from(now))
			.query(String.class)
			.list()
			.size();
	}

	Optional<Handshake> findOpen(String organizationId, HandshakeAction action, String targetAccountId, Instant now) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organization_handshake WHERE organization_id = :org "
				+ "AND action = :action AND target_account_id = :target AND state = 'OPEN' AND expires_at > :now")
			.param("org", organizationId)
			.param("action", action.name())
			.param("target", targetAccountId)
			.param("now", Timestamp.from(now))
			.query(HandshakeRepository::map)
			.optional();
	}

	Optional<Handshake> findOpenRequest(String organizationId, Instant now) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organization_handshake WHERE organization_id = :org "
				+ "AND action = 'ENABLE_ALL_FEATURES' AND state = 'OPEN' AND expires_at > :now")
			.param("org", organizationId)
			.param("now", Timestamp.from(now))
			.query(HandshakeRepository::map)
			.optional();
	}

	long countOpenForTarget(String accountId, Collection<HandshakeAction> actions, Instant now) {
		return this.jdbc.sql("SELECT COUNT(*) FROM organization_handshake WHERE target_account_id = :account "
				+ "AND state = 'OPEN' AND expires_at > :now AND action IN (:actions)")
			.param("account", accountId)
			.param("now", Timestamp.from(now))
			.param("actions", actions.stream().map(Enum::name).toList())
			.query(Long.class)
			.single();
	}

	/** Open handshakes of one organization addressed to one account (e.g. when it leaves). */
	List<Handshake> findOpenForTarget(String organizationId, String accountId, Instant now) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organization_handshake WHERE organization_id = :org "
				+ "AND target_account_id = :account AND state = 'OPEN' AND expires_at > :now")
			.param("org", organizationId)
			.param("account", accountId)
			.param("now", Timestamp.from(now))
			.query(HandshakeRepository::map)
			.list();
	}

	void deleteByOrganization(String organizationId) {
		this.jdbc.sql("DELETE FROM organization_handshake WHERE organization_id = :org")
			.param("org", organizationId)
			.update();
	}

	private static Handshake map(ResultSet rs, int row) throws SQLException {
		Timestamp changedAt = rs.getTimestamp("changed_at");
		return new Handshake(rs.getString("id"), rs.getString("organization_id"),
				HandshakeAction.valueOf(rs.getString("action")), HandshakeState.valueOf(rs.getString("state")),
				rs.getString("sender_account_id"), rs.getString("target_account_id"), rs.getString("notes"),
				rs.getString("parent_id"), rs.getTimestamp("requested_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), (changedAt != null) ? changedAt.toInstant() : null);
	}

}
