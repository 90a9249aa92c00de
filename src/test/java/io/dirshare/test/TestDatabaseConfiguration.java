package io.dirshare.test;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * On a shared MySQL test database, drops everything once per test JVM before migrating, so a run
 * starts from the migrations and not from what an earlier run left. H2 in memory starts empty anyway.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate(
			@Value("${dirshare.test.clean-database:false}") boolean cleanDatabase) {
		return (flyway) -> {
			if (cleanDatabase && CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
