package io.dirshare.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AccessKeyRepository extends ListCrudRepository<AccessKey, String> {

	List<AccessKey> findByUserIdOrderByCreatedAt(long userId);

	long countByUserId(long userId);

	/** Locks the user's row so two parallel requests cannot both create a user's second key. */
	@Query("SELECT id FROM iam_user WHERE id = :userId FOR UPDATE")
	List<Long> lockUser(@Param("userId") long userId);

	/**
	 * Records where a key was last used without touching its version, so an API call never makes a
	 * portal change of the same key fail as a concurrent modification.
	 */
	@Modifying
	@Query("UPDATE access_key SET last_used_at = :at, last_used_region = :region, last_used_service = :service WHERE access_key_id = :id")
	int recordUse(@Param("id") String accessKeyId, @Param("at") Instant at, @Param("region") String region,
			@Param("service") String service);

}
