package io.dirshare.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.Ids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** CreateAccount requests, completed by {@link CreateAccountJob} once due. */
@Repository
class CreateAccountRequests {

	/** A request with what completing it needs. */
	record Request(CreateAccountStatus status, String organizationId, String email, String requestedByUser) {
	}

	private static final String COLUMNS = "id, organization_id, account_name, email, state, failure_reason, account_id, "
			+ "requested_by_user, requested_at, completed_at";

	private final JdbcClient jdbc;

	CreateAccountRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String newId() {
		String id;
		do {
			id = "car-" + Ids.random("abcdefghijklmnopqrstuvwxyz0123456789", 32);
		}
		while (find(id).isPresent());
		return id;
	}

	void insert(String id, String organizationId, String accountName, String email, String requestedByUser, Instant now,
			Instant dueAt) {
		this.jdbc.sql("INSERT INTO create_account_request (" + COLUMNS + ", due_at) VALUES (:id, :org, :name, :email, "
				+ "'IN_PROGRESS', NULL, NULL, :user, :now, NULL, :due)")
			.param("id", id)
			.param("org", organizationId)
			.param("name", accountName)
			.param("email", email)
			.param("user", requestedByUser)
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(dueAt))
			.update();
	}

	Optional<Request> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM create_account_request WHERE id = :id")
			.param("id", id)
			.query(CreateAccountRequests::request)
			.optional();
	}

	List<String> due(Instant now, int max) {
		return this.jdbc.sql("SELECT id FROM create_account_request WHERE due_at <= :now ORDER BY due_at LIMIT :max")
			.param("now", Timestamp.from(now))
			.param("max", max)
			.query(String.class)
			.list();
	}

	/** Requests in progress, whenever they are due. */
	List<String> inProgress(int max) {
		return this.jdbc.sql("SELECT id FROM create_account_request WHERE due_at IS NOT NULL ORDER BY due_at LIMIT :max")
			.param("max", max)
			.query(String.class)
			.list();
	}

	/** Conditional update: of several instances only one completes a request. */
	boolean claim(String id) {
		return this.jdbc.sql("UPDATE create_account_request SET due_at = NULL WHERE id = :id AND state = 'IN_PROGRESS' AND due_at IS NOT NULL")
			.param("id", id)
			.update() == 1;
	}

	void complete(String id, String state, String accountId, String failureReason, Instant now) {
		this.jdbc.sql("UPDATE create_account_request SET state = :state, account_id = :account, failure_reason = :reason, completed_at = :now WHERE id = :id")
			.param("state", state)
			.param("account", accountId)
			.param("reason", failureReason)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void deleteByOrganization(String organizationId) {
		this.jdbc.sql("DELETE FROM create_account_request WHERE organization_id = :org").param("org", organizationId).update();
	}

	private static Request request(ResultSet rs, int row) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		CreateAccountStatus status = new CreateAccountStatus(rs.getString("id"), rs.getString("account_name"),
				rs.getString("state"), rs.getTimestamp("requested_at").toInstant(),
				(completed != null) ? completed.toInstant() : null, rs.getString("account_id"),
				rs.getString("failure_reason"));
		return new Request(status, rs.getString("organization_id"), rs.getString("email"),
				rs.getString("requested_by_user"));
	}

}
