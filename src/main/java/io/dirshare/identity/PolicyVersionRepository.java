package io.dirshare.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of customer managed policies, newest first. */
@Repository
class PolicyVersionRepository {

	private final JdbcClient jdbc;

	PolicyVersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(IamPolicy policy, String versionId, String document, Instant createdAt) {
		this.jdbc.sql("""
				INSERT INTO iam_policy_version (policy_row_id, version_id, document, created_at)
				VALUES (:policy, :versionId, :document, :createdAt)""")
			.param("policy", policy.id())
			.param("versionId", versionId)
			.param("document", document)
			.param("createdAt", java.sql.Timestamp.from(createdAt))
			.update();
	}

	List<PolicyVersion> list(IamPolicy policy) {
		return this.jdbc.sql("""
				SELECT version_id, document, created_at FROM iam_policy_version WHERE policy_row_id = :policy
				ORDER BY created_at DESC, version_id DESC""")
			.param("policy", policy.id())
			.query((rs, row) -> version(rs, policy))
			.list();
	}

	Optional<PolicyVersion> find(IamPolicy policy, String versionId) {
		return this.jdbc.sql("""
				SELECT version_id, document, created_at FROM iam_policy_version
				WHERE policy_row_id = :policy AND version_id = :versionId""")
			.param("policy", policy.id())
			.param("versionId", versionId)
			.query((rs, row) -> version(rs, policy))
			.optional();
	}

	int count(IamPolicy policy) {
		return this.jdbc.sql("SELECT COUNT(*) FROM iam_policy_version WHERE policy_row_id = :policy")
			.param("policy", policy.id())
			.query(Integer.class)
			.single();
	}

	void delete(IamPolicy policy, String versionId) {
		this.jdbc.sql("DELETE FROM iam_policy_version WHERE policy_row_id = :policy AND version_id = :versionId")
			.param("policy", policy.id())
			.param("versionId", versionId)
			.update();
	}

	private static PolicyVersion version(ResultSet rs, IamPolicy policy) throws SQLException {
		String versionId = rs.getString("version_id");
		return new PolicyVersion(versionId, rs.getString("document"), rs.getTimestamp("created_at").toInstant(),
				versionId.equals(policy.defaultVersionId()));
	}

}
