package io.dirshare.demo;

import java.util.concurrent.atomic.AtomicReference;

import io.dirshare.identity.AccessKeyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ready means ready: when the web server starts accepting requests the demo data, its access keys
 * included, is already there, and one line says where to go and how to sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:ready-${random.uuid};MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
				"dirshare.demo-data=true" })
@ActiveProfiles("test")
@Import(ReadinessTests.WhenTheServerAccepts.class)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class ReadinessTests {

	@LocalServerPort
	int port;

	@Autowired
	WhenTheServerAccepts whenTheServerAccepts;

	/** Whether the demo key signs at the moment the web server starts accepting requests. */
	@TestConfiguration(proxyBeanMethods = false)
	static class WhenTheServerAccepts {

		final AtomicReference<Boolean> demoKeySigns = new AtomicReference<>();

		@Bean
		ApplicationListener<WebServerInitializedEvent> checkDemoData(AccessKeyService accessKeys) {
			return (event) -> this.demoKeySigns.set(accessKeys.signingKey("AKIADEMO111111111111").isPresent());
		}

	}

	@Test
	void theDemoKeysSignBeforeTheFirstRequestIsAcceptedAndOneLineSaysHowToSignIn(CapturedOutput output) {
		assertThat(this.whenTheServerAccepts.demoKeySigns.get()).isTrue();
		assertThat(output.getAll()).contains("dirshare is ready at http://localhost:" + this.port
				+ ": sign in as account 111111111111 (example-corp), user admin, password dirshare-demo");
		assertThat(output.getAll().lines().filter((line) -> line.contains("dirshare is ready at"))).hasSize(1);
	}

}
