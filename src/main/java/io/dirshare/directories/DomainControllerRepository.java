package io.dirshare.directories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Ids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The domain controllers of directories, per Region; their transient statuses settle by a due time. */
@Repository
class DomainControllerRepository {

	private static final String COLUMNS = "c.id, c.directory_id, c.region, r.vpc_id, c.subnet_id, c.availability_zone, "
			+ "c.dns_ip_addr, c.status, c.launch_time, c.status_updated_at";

	private final JdbcClient jdbc;

	DomainControllerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String newId() {
		String id;
		do {
			id = "dc-" + Ids.random("0123456789abcdef", 10);
		}
		while (this.jdbc.sql("SELECT COUNT(*) FROM domain_controller WHERE id = :id").param("id", id).query(Long.class).single() > 0);
		return id;
	}

	void insert(String directoryId, AwsRegion region, String subnetId, String availabilityZone, String dnsIpAddr,
			DomainController.Status status, Instant dueAt, Instant now) {
		this.jdbc.sql("""
				INSERT INTO domain_controller (id, directory_id, region, subnet_id, availability_zone, dns_ip_addr, status,
				    status_due_at, launch_time, status_updated_at)
				VALUES (:id, :directory, :region, :subnet, :zone, :ip, :status, :due, :now, :now)""")
			.param("id", newId())
			.param("directory", directoryId)
			.param("region", region.code())
			.param("subnet", subnetId)
			.param("zone", availabilityZone)
			.param("ip", dnsIpAddr)
			.param("status", status.name())
			.param("due", (dueAt != null) ? Timestamp.from(dueAt) : null)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The domain controllers of a directory in a Region, oldest first, optionally only the IDs given. */
	List<DomainController> find(String directoryId, AwsRegion region, Collection<String> ids, int limit, int offset) {
		boolean filtered = ids != null && !ids.isEmpty();
		JdbcClient.StatementSpec statement = this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM domain_controller c
				JOIN directory_region r ON r.directory_id = c.directory_id AND r.region = c.region
				WHERE c.directory_id = :directory AND c.region = :region %s
				ORDER BY c.launch_time, c.availability_zone, c.id LIMIT :limit OFFSET :offset""".formatted(filtered ? "AND c.id IN (:ids)" : ""))
			.param("directory", directoryId)
			.param("region", region.code())
			.param("limit", limit)
			.param("offset", offset);
		if (filtered) {
			statement = statement.param("ids", List.copyOf(ids));
		}
		return statement.query(DomainControllerRepository::controller).list();
	}

	/** The ones not on their way out, oldest first. */
	List<DomainController> live(String directoryId, AwsRegion region) {
		return find(directoryId, region, List.of(), Integer.MAX_VALUE, 0).stream()
			.filter((controller) -> controller.status() != DomainController.Status.Deleting)
			.toList();
	}

	void markDeleting(String id, Instant dueAt, Instant now) {
		this.jdbc.sql("UPDATE domain_controller SET status = 'Deleting', status_due_at = :due, status_updated_at = :now WHERE id = :id")
			.param("due", Timestamp.from(dueAt))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** Creating ones whose time has come become Active, Deleting ones go; each row once, on any instance. */
	int settleDue(Instant due, Instant now) {
		int activated = this.jdbc.sql("""
				UPDATE domain_controller SET status = 'Active', status_due_at = NULL, status_updated_at = :now
				WHERE status = 'Creating' AND status_due_at <= :due""")
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(due))
			.update();
		int deleted = this.jdbc.sql("DELETE FROM domain_controller WHERE status = 'Deleting' AND status_due_at <= :due")
			.param("due", Timestamp.from(due))
			.update();
		return activated + deleted;
	}

	/** Every Creating one becomes Active and every Deleting one goes, whenever they were due. */
	int settleAll(Instant now) {
		int activated = this.jdbc.sql("""
				UPDATE domain_controller SET status = 'Active', status_due_at = NULL, status_updated_at = :now
				WHERE status = 'Creating'""")
			.param("now", Timestamp.from(now))
			.update();
		return activated + this.jdbc.sql("DELETE FROM domain_controller WHERE status = 'Deleting'").update();
	}

	private static DomainController controller(ResultSet rs, int row) throws SQLException {
		return new DomainController(rs.getString(1), rs.getString(2), AwsRegion.fromCode(rs.getString(3)).orElseThrow(),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
				DomainController.Status.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant(),
				rs.getTimestamp(10).toInstant());
	}

}
