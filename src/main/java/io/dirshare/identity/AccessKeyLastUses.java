package io.dirshare.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When and where each access key was last used, written to the database in the background: an API call
 * only notes it in memory, and every {@value #FLUSH_INTERVAL_MS} ms one batch writes the latest use of
 * each key that signed meanwhile. AWS reports a key's last use approximately too; what matters is that no
 * API call waits for, or queues behind, an update of its key's row. Reading the keys through
 * {@link AccessKeyService#list} writes this instance's pending uses first; uses noted by other instances
 * appear within the interval. An update never moves a key's last use back in time.
 */
@Component
class AccessKeyLastUses implements DisposableBean {

	static final long FLUSH_INTERVAL_MS = 1000;

	private static final Logger log = LoggerFactory.getLogger(AccessKeyLastUses.class);

	private record Use(Instant at, String region, String service) {

	}

	private final Map<String, Use> pending = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	AccessKeyLastUses(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(String accessKeyId, Instant at, String region, String service) {
		this.pending.put(accessKeyId, new Use(at, region, service));
	}

	@Scheduled(fixedDelay = FLUSH_INTERVAL_MS, initialDelay = FLUSH_INTERVAL_MS)
	void flushInBackground() {
		try {
			flush();
		}
		catch (RuntimeException failure) {
			log.warn("Could not record the last use of access keys: {}", failure.getMessage());
		}
	}

	/** Writes the uses noted so far, one statement per key in one batch; a use noted meanwhile waits for the next. */
	void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		List<Object[]> batch = new ArrayList<>();
		for (String accessKeyId : List.copyOf(this.pending.keySet())) {
			Use use = this.pending.remove(accessKeyId);
			if (use != null) {
				Timestamp at = Timestamp.from(use.at());
				batch.add(new Object[] { at, use.region(), use.service(), accessKeyId, at });
			}
		}
		if (!batch.isEmpty()) {
			this.jdbc.batchUpdate("UPDATE access_key SET last_used_at = ?, last_used_region = ?, last_used_service = ? "
					+ "WHERE access_key_id = ? AND (last_used_at IS NULL OR last_used_at <= ?)", batch);
		}
	}

	void forget() {
		this.pending.clear();
	}

	@Override
	public void destroy() {
		flushInBackground();
	}

}
