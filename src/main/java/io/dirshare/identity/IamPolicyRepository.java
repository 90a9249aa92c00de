package io.dirshare.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface IamPolicyRepository extends ListCrudRepository<IamPolicy, Long> {

	Optional<IamPolicy> findByAccountIdAndPolicyNameKey(String accountId, String policyNameKey);

	Optional<IamPolicy> findByArn(String arn);

	List<IamPolicy> findByAccountIdOrderByPolicyNameKey(String accountId);

	/** Locks the policy's row until the transaction ends, so two new versions cannot both be the fifth. */
	@Query("SELECT id FROM iam_policy WHERE id = :id FOR UPDATE")
	Optional<Long> lock(@Param("id") long id);

}
