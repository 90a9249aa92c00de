package io.dirshare.organizations;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tags of an organization's accounts and root. */
@Repository
class OrganizationTags {

	private final JdbcClient jdbc;

	OrganizationTags(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> of(String organizationId, String resourceId) {
		Map<String, String> tags = new LinkedHashMap<>();
		this.jdbc.sql("SELECT tag_key, tag_value FROM organization_resource_tag WHERE organization_id = :org AND resource_id = :id ORDER BY tag_key")
			.param("org", organizationId)
			.param("id", resourceId)
			.query((rs) -> {
				tags.put(rs.getString(1), rs.getString(2));
			});
		return tags;
	}

	void put(String organizationId, String resourceId, Map<String, String> tags) {
		tags.forEach((key, value) -> {
			int updated = this.jdbc.sql("UPDATE organization_resource_tag SET tag_value = :value WHERE organization_id = :org AND resource_id = :id AND tag_key = :key")
				.param("value", value)
				.param("org", organizationId)
				.param("id", resourceId)
				.param("key", key)
				.update();
			if (updated == 0) {
				this.jdbc.sql("INSERT INTO organization_resource_tag (organization_id, resource_id, tag_key, tag_value) VALUES (:org, :id, :key, :value)")
					.param("org", organizationId)
					.param("id", resourceId)
					.param("key", key)
					.param("value", value)
					.update();
			}
		});
	}

	void remove(String organizationId, String resourceId, Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		this.jdbc.sql("DELETE FROM organization_resource_tag WHERE organization_id = :org AND resource_id = :id AND tag_key IN (:keys)")
			.param("org", organizationId)
			.param("id", resourceId)
			.param("keys", List.copyOf(keys))
			.update();
	}

	void removeAll(String organizationId, String resourceId) {
		this.jdbc.sql("DELETE FROM organization_resource_tag WHERE organization_id = :org AND resource_id = :id")
			.param("org", organizationId)
			.param("id", resourceId)
			.update();
	}

	/** Moves the tags a CreateAccount request was given onto the account it made. */
	void move(String organizationId, String fromResourceId, String toResourceId) {
		this.jdbc.sql("UPDATE organization_resource_tag SET resource_id = :to WHERE organization_id = :org AND resource_id = :from")
			.param("to", toResourceId)
			.param("org", organizationId)
			.param("from", fromResourceId)
			.update();
	}

	void deleteByOrganization(String organizationId) {
		this.jdbc.sql("DELETE FROM organization_resource_tag WHERE organization_id = :org").param("org", organizationId).update();
	}

}
