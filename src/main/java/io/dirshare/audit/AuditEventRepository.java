package io.dirshare.audit;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

	/**
	 * Newest first; {@code null} filters match everything. Asks for one row more than a page holds. Read in
	 * the order of {@code ix_audit_event_account_time}: the equal-valued account ID leads the ORDER BY so that
	 * H2 sees it (MySQL drops it).
	 */
	@Query("""
			SELECT * FROM audit_event
			WHERE account_id = :accountId
			  AND (:eventName IS NULL OR event_name = :eventName)
			  AND (:outcome IS NULL OR outcome = :outcome)
			ORDER BY account_id DESC, event_time DESC, id DESC
			LIMIT :limit OFFSET :offset""")
	List<AuditEvent> findPage(@Param("accountId") String accountId, @Param("eventName") String eventName,
			@Param("outcome") String outcome, @Param("limit") int limit, @Param("offset") long offset);

	/**
	 * The account's distinct event names in order, one index seek of {@code ix_audit_event_account_name} per
	 * name: a plain DISTINCT reads every event of the account, and the event history asks on every visit.
	 */
	@Query("""
			WITH RECURSIVE names (event_name) AS (
			  SELECT MIN(event_name) FROM audit_event WHERE account_id = :accountId
			  UNION ALL
			  SELECT (SELECT MIN(later.event_name) FROM audit_event later
			          WHERE later.account_id = :accountId AND later.event_name > names.event_name)
			  FROM names WHERE names.event_name IS NOT NULL
			)
			SELECT event_name FROM names WHERE event_name IS NOT NULL""")
	List<String> findEventNames(@Param("accountId") String accountId);

}
