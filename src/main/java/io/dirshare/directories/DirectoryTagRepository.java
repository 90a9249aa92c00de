package io.dirshare.directories;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.dirshare.core.AwsRegion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tags of directories, per Region. */
@Repository
class DirectoryTagRepository {

	/** One tag. */
	record Tag(String key, String value) {
	}

	private final JdbcClient jdbc;

	DirectoryTagRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Tag> page(String directoryId, AwsRegion region, int limit, int offset) {
		return this.jdbc.sql("""
				SELECT tag_key, tag_value FROM directory_tag WHERE directory_id = :id AND region = :region
				ORDER BY tag_key LIMIT :limit OFFSET :offset""")
			.param("id", directoryId)
			.param("region", region.code())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new Tag(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Every tag of the directory in the Region, by key. */
	Map<String, String> all(String directoryId, AwsRegion region) {
		Map<String, String> tags = new java.util.LinkedHashMap<>();
		this.jdbc.sql("SELECT tag_key, tag_value FROM directory_tag WHERE directory_id = :id AND region = :region")
			.param("id", directoryId)
			.param("region", region.code())
			.query((rs) -> {
				tags.put(rs.getString(1), rs.getString(2));
			});
		return tags;
	}

	List<String> keys(String directoryId, AwsRegion region) {
		return this.jdbc.sql("SELECT tag_key FROM directory_tag WHERE directory_id = :id AND region = :region")
			.param("id", directoryId)
			.param("region", region.code())
			.query(String.class)
			.list();
	}

	void put(String directoryId, AwsRegion region, Map<String, String> tags) {
		tags.forEach((key, value) -> {
			int updated = this.jdbc.sql("""
					UPDATE directory_tag SET tag_value = :value WHERE directory_id = :id AND region = :region AND tag_key = :key""")
				.param("value", value)
				.param("id", directoryId)
				.param("region", region.code())
				.param("key", key)
				.update();
			if (updated == 0) {
				this.jdbc.sql("INSERT INTO directory_tag (directory_id, region, tag_key, tag_value) VALUES (:id, :region, :key, :value)")
					.param("id", directoryId)
					.param("region", region.code())
					.param("key", key)
					.param("value", value)
					.update();
			}
		});
	}

	void remove(String directoryId, AwsRegion region, Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		this.jdbc.sql("DELETE FROM directory_tag WHERE directory_id = :id AND region = :region AND tag_key IN (:keys)")
			.param("id", directoryId)
			.param("region", region.code())
			.param("keys", List.copyOf(keys))
			.update();
	}

}
