package io.dirshare.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, String> {

	Optional<Account> findByAlias(String alias);

	Optional<Account> findByEmail(String email);

}
