package io.dirshare.organizations;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface OrganizationRepository extends ListCrudRepository<Organization, String> {

	Optional<Organization> findByManagementAccountId(String managementAccountId);

}
