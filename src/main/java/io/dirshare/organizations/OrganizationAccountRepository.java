package io.dirshare.organizations;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/**
 * Memberships. Inserted with an explicit statement because the ID (the account) is assigned, and the
 * primary key on it is what refuses a second organization for one account.
 */
public interface OrganizationAccountRepository extends Repository<OrganizationAccount, String> {

	Optional<OrganizationAccount> findById(String accountId);

	List<OrganizationAccount> findByOrganizationIdOrderByAccountId(String organizationId);

	long countByOrganizationId(String organizationId);

	@Modifying
	@Query("INSERT INTO organization_account (account_id, organization_id, joined_method, joined_at) VALUES (:accountId, :organizationId, :joinedMethod, :joinedAt)")
	void insert(@Param("accountId") String accountId, @Param("organizationId") String organizationId,
			@Param("joinedMethod") String joinedMethod, @Param("joinedAt") Instant joinedAt);

	@Modifying
	@Query("DELETE FROM organization_account WHERE account_id = :accountId")
	void deleteById(@Param("accountId") String accountId);

}
