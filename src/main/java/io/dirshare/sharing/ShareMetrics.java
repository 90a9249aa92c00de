package io.dirshare.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sharing as the database sees it, for every instance alike: {@value #SHARES} (shares by status) and
 * {@value #SETTLE_LAG} (how long the oldest transient share has been due to settle; 0 when the settle job
 * keeps up). Read with two cheap statements (a grouped count and an indexed minimum) at most once per
 * {@link #MAX_AGE}, however many gauges a scrape reads; while the database is away the gauges report NaN.
 */
@Component
class ShareMetrics implements MeterBinder {

	static final String SHARES = "dirshare.shares";

	static final String SETTLE_LAG = "dirshare.sharing.settle.lag";

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(ShareMetrics.class);

	/** What one read found; {@code byStatus} is null when the database could not be read. */
	private record Snapshot(Instant takenAt, Map<ShareStatus, Long> byStatus, double settleLagSeconds) {

		static Snapshot failed(Instant at) {
			return new Snapshot(at, null, Double.NaN);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Snapshot snapshot = Snapshot.failed(Instant.EPOCH);

	ShareMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ShareStatus status : ShareStatus.values()) {
			Gauge.builder(SHARES, this, (metrics) -> metrics.count(status))
				.description("Directory shares by status, in the whole database")
				.tag("status", status.name())
				.register(registry);
		}
		Gauge.builder(SETTLE_LAG, this, ShareMetrics::settleLagSeconds)
			.description("Age of the oldest transient share whose settle time has passed")
			.baseUnit("seconds")
			.register(registry);
	}

	double count(ShareStatus status) {
		Map<ShareStatus, Long> byStatus = current().byStatus();
		return (byStatus != null) ? byStatus.getOrDefault(status, 0L) : Double.NaN;
	}

	double settleLagSeconds() {
		return current().settleLagSeconds();
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (Duration.between(current.takenAt(), now).compareTo(MAX_AGE) < 0) {
			return current;
		}
		synchronized (this) {
			if (this.snapshot != current) {
				return this.snapshot;
			}
			try {
				this.snapshot = read(now);
			}
			catch (DataAccessException ex) {
				log.debug("Share metrics unavailable: {}", ex.getMessage());
				// Remember the failure for a while too, so a scrape does not wait on the database once per gauge.
				this.snapshot = Snapshot.failed(now);
			}
			return this.snapshot;
		}
	}

	private Snapshot read(Instant now) {
		Map<ShareStatus, Long> byStatus = new EnumMap<>(ShareStatus.class);
		this.jdbc.sql("SELECT share_status, COUNT(*) AS shares FROM directory_share GROUP BY share_status")
			.query((rs) -> {
				byStatus.put(ShareStatus.valueOf(rs.getString("share_status")), rs.getLong("shares"));
			});
		List<Timestamp> oldest = this.jdbc.sql("SELECT MIN(settle_due_at) FROM directory_share WHERE settle_due_at <= :now")
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.list();
		Timestamp oldestDue = oldest.isEmpty() ? null : oldest.get(0);
		double lag = (oldestDue != null) ? Math.max(0, Duration.between(oldestDue.toInstant(), now).toMillis() / 1000.0) : 0;
		return new Snapshot(now, byStatus, lag);
	}

}
