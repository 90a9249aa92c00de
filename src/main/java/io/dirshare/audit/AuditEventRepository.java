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
	 * The account's distinct event names, from {@code ix_audit_event_account_name} alone. It reads every event of
	 * the account: a recursive query seeking one name at a time was slower on both databases (MariaDB does not
	 * seek on the correlated bound), so the event history's filter costs one index scan (README: "Performance").
	 */
	@Query("SELECT DISTINCT event_name FROM audit_event WHERE account_id = :accountId ORDER BY event_name")
	List<String> findEventNames(@Param("accountId") String accountId);

}
