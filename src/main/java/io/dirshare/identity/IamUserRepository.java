package io.dirshare.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface IamUserRepository extends ListCrudRepository<IamUser, Long> {

	Optional<IamUser> findByAccountIdAndUserNameKey(String accountId, String userNameKey);

	List<IamUser> findByAccountIdOrderByUserNameKey(String accountId);

	/**
	 * Counts and locks the account's administrators (users with AdministratorAccess attached) until the
	 * transaction ends.
	 */
	@Query("""
			SELECT id FROM iam_user WHERE account_id = :accountId AND id IN (SELECT user_id FROM iam_user_policy
			    WHERE policy_arn = 'arn:aws:iam::aws:policy/AdministratorAccess') FOR UPDATE""")
	List<Long> lockAdministrators(@Param("accountId") String accountId);

	default long countAdministratorsForUpdate(String accountId) {
		return lockAdministrators(accountId).size();
	}

}
