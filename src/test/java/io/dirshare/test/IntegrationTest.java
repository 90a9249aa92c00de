package io.dirshare.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application and a real database: H2 always, and MySQL too when the build
 * runs with {@code DIRSHARE_TEST_MYSQL_URL} (classes named {@code *IntegrationTests} run a second time
 * there). Such tests make their own accounts with {@link TestAccounts}, never rely on demo data, and
 * never assume an empty table, since all of them share one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestAccounts.class, MockMvcSessionBridge.class })
public @interface IntegrationTest {

}
