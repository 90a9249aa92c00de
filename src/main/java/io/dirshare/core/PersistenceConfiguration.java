package io.dirshare.core;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * The Spring Data JDBC repositories of every module, without a transaction of their own per call: each
 * aggregate here is one row, so each repository method is one statement, atomic by itself; inside a
 * service's transaction it joins that transaction as before. Outside one (the principal read again on
 * every page, for instance) a lookup is then one round trip to the database instead of a read-only
 * transaction around it (see {@link Reads}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "io.dirshare", enableDefaultTransactions = false)
class PersistenceConfiguration {

}
