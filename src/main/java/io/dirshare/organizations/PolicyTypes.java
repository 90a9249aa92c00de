package io.dirshare.organizations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The policy types enabled in each organization's root. */
@Repository
class PolicyTypes {

	private final JdbcClient jdbc;

	PolicyTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> enabled(String organizationId) {
		return this.jdbc.sql("SELECT policy_type FROM organization_policy_type WHERE organization_id = :org ORDER BY policy_type")
			.param("org", organizationId)
			.query(String.class)
			.list();
	}

	boolean enable(String organizationId, String policyType, Instant now) {
		if (enabled(organizationId).contains(policyType)) {
			return false;
		}
		this.jdbc.sql("INSERT INTO organization_policy_type (organization_id, policy_type, enabled_at) VALUES (:org, :type, :at)")
			.param("org", organizationId)
			.param("type", policyType)
			.param("at", Timestamp.from(now))
			.update();
		return true;
	}

	boolean disable(String organizationId, String policyType) {
		return this.jdbc.sql("DELETE FROM organization_policy_type WHERE organization_id = :org AND policy_type = :type")
			.param("org", organizationId)
			.param("type", policyType)
			.update() > 0;
	}

	void disableAll(String organizationId) {
		this.jdbc.sql("DELETE FROM organization_policy_type WHERE organization_id = :org").param("org", organizationId).update();
	}

}
