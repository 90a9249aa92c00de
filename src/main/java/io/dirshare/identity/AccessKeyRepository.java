package io.dirshare.identity;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AccessKeyRepository extends ListCrudRepository<AccessKey, String> {

	List<AccessKey> findByUserIdOrderByCreatedAt(long userId);

	long countByUserId(long userId);

	/** Locks the user's row so two parallel requests cannot both create a user's second key. */
	@Query("SELECT id FROM iam_user WHERE id = :userId FOR UPDATE")
	List<Long> lockUser(@Param("userId") long userId);

}
