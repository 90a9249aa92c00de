package io.dirshare.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service control policies and their attachments to an organization's root and accounts. */
@Repository
class ServiceControlPolicyRepository {

	private static final String SELECT = "SELECT p.id, p.organization_id, o.management_account_id, p.name, "
			+ "p.description, p.content, p.aws_managed FROM organization_policy p "
			+ "LEFT JOIN organization o ON o.id = p.organization_id ";

	private final JdbcClient jdbc;

	ServiceControlPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the organization's row until the transaction ends, so that changes to its SCPs happen one
	 * after the other: the per-target limits and the name check hold under concurrent requests.
	 */
	void lock(String organizationId) {
		this.jdbc.sql("SELECT id FROM organization WHERE id = :org FOR UPDATE")
			.param("org", organizationId)
			.query(String.class)
			.optional();
	}

	/** A policy the organization can see: one of its own, or AWS's. */
	Optional<ServiceControlPolicy> find(String organizationId, String policyId) {
		return this.jdbc.sql(SELECT + "WHERE p.id = :id AND p.policy_type = :type "
				+ "AND (p.organization_id = :org OR p.organization_id IS NULL)")
			.param("id", policyId)
			.param("type", ServiceControlPolicy.TYPE)
			.param("org", organizationId)
			.query(ServiceControlPolicyRepository::map)
			.optional();
	}

	/** AWS's policies first, then the organization's by name. */
	List<ServiceControlPolicy> all(String organizationId) {
		return this.jdbc.sql(SELECT + "WHERE p.policy_type = :type AND (p.organization_id = :org OR p.organization_id IS NULL) "
				+ "ORDER BY p.aws_managed DESC, p.name, p.id")
			.param("type", ServiceControlPolicy.TYPE)
			.param("org", organizationId)
			.query(ServiceControlPolicyRepository::map)
			.list();
	}

	long countOwn(String organizationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM organization_policy WHERE organization_id = :org")
			.param("org", organizationId)
			.query(Long.class)
			.single();
	}

	boolean nameTaken(String organizationId, String name, String exceptPolicyId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM organization_policy WHERE policy_type = :type AND name = :name "
				+ "AND (organization_id = :org OR organization_id IS NULL) AND id <> :except")
			.param("type", ServiceControlPolicy.TYPE)
			.param("name", name)
			.param("org", organizationId)
			.param("except", (exceptPolicyId != null) ? exceptPolicyId : "")
			.query(Long.class)
			.single() > 0;
	}

	boolean idTaken(String policyId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM organization_policy WHERE id = :id")
			.param("id", policyId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(String id, String organizationId, String name, String description, String content, Instant now) {
		this.jdbc.sql("INSERT INTO organization_policy (id, organization_id, policy_type, name, description, content, "
				+ "aws_managed, created_at, updated_at) VALUES (:id, :org, :type, :name, :description, :content, FALSE, :at, :at)")
			.param("id", id)
			.param("org", organizationId)
			.param("type", ServiceControlPolicy.TYPE)
			.param("name", name)
			.param("description", description)
			.param("content", content)
			.param("at", Timestamp.from(now))
			.update();
	}

	void update(String id, String name, String description, String content, Instant now) {
		this.jdbc.sql("UPDATE organization_policy SET name = :name, description = :description, content = :content, "
				+ "updated_at = :at WHERE id = :id AND aws_managed = FALSE")
			.param("id", id)
			.param("name", name)
			.param("description", description)
			.param("content", content)
			.param("at", Timestamp.from(now))
			.update();
	}

	void delete(String id) {
		this.jdbc.sql("DELETE FROM organization_policy WHERE id = :id AND aws_managed = FALSE").param("id", id).update();
	}

	// ------------------------------------------------------------------ attachments

	/** @return false when it was attached already */
	boolean attach(String organizationId, String policyId, String targetId, Instant now) {
		if (isAttached(organizationId, policyId, targetId)) {
			return false;
		}
		this.jdbc.sql("INSERT INTO organization_policy_attachment (organization_id, policy_id, target_id, attached_at) "
				+ "VALUES (:org, :policy, :target, :at)")
			.param("org", organizationId)
			.param("policy", policyId)
			.param("target", targetId)
			.param("at", Timestamp.from(now))
			.update();
		return true;
	}

	boolean detach(String organizationId, String policyId, String targetId) {
		return this.jdbc.sql("DELETE FROM organization_policy_attachment WHERE organization_id = :org "
				+ "AND policy_id = :policy AND target_id = :target")
			.param("org", organizationId)
			.param("policy", policyId)
			.param("target", targetId)
			.update() > 0;
	}

	boolean isAttached(String organizationId, String policyId, String targetId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM organization_policy_attachment WHERE organization_id = :org "
				+ "AND policy_id = :policy AND target_id = :target")
			.param("org", organizationId)
			.param("policy", policyId)
			.param("target", targetId)
			.query(Long.class)
			.single() > 0;
	}

	/** The policies attached to a target, AWS's first, then by name. */
	List<ServiceControlPolicy> attachedTo(String organizationId, String targetId) {
		return this.jdbc.sql(SELECT + "JOIN organization_policy_attachment a ON a.policy_id = p.id "
				+ "WHERE a.organization_id = :org AND a.target_id = :target ORDER BY p.aws_managed DESC, p.name, p.id")
			.param("org", organizationId)
			.param("target", targetId)
			.query(ServiceControlPolicyRepository::map)
			.list();
	}

	/** The IDs of the targets a policy is attached to in the organization, in ID order. */
	List<String> targetsOf(String organizationId, String policyId) {
		return this.jdbc.sql("SELECT target_id FROM organization_policy_attachment WHERE organization_id = :org "
				+ "AND policy_id = :policy ORDER BY target_id")
			.param("org", organizationId)
			.param("policy", policyId)
			.query(String.class)
			.list();
	}

	void detachAllFrom(String organizationId, String targetId) {
		this.jdbc.sql("DELETE FROM organization_policy_attachment WHERE organization_id = :org AND target_id = :target")
			.param("org", organizationId)
			.param("target", targetId)
			.update();
	}

	void detachAll(String organizationId) {
		this.jdbc.sql("DELETE FROM organization_policy_attachment WHERE organization_id = :org")
			.param("org", organizationId)
			.update();
	}

	/** Every policy of the organization and every attachment in it, when the organization is deleted. */
	void deleteByOrganization(String organizationId) {
		detachAll(organizationId);
		this.jdbc.sql("DELETE FROM organization_policy WHERE organization_id = :org").param("org", organizationId).update();
	}

	private static ServiceControlPolicy map(ResultSet rs, int row) throws SQLException {
		return new ServiceControlPolicy(rs.getString("id"), rs.getString("organization_id"),
				rs.getString("management_account_id"), rs.getString("name"), rs.getString("description"),
				rs.getString("content"), rs.getBoolean("aws_managed"));
	}

}
