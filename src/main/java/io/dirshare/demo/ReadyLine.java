package io.dirshare.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one line that says the app serves requests now, and how to sign in when the demo data is on:
 * {@code dirshare is ready at http://localhost:8080: sign in as account 111111111111 (example-corp), user
 * admin, password dirshare-demo}.
 */
@Component
class ReadyLine {

	private static final Logger log = LoggerFactory.getLogger("io.dirshare");

	private final Environment environment;

	private final boolean demoData;

	ReadyLine(Environment environment, @Value("${dirshare.demo-data:false}") boolean demoData) {
		this.environment = environment;
		this.demoData = demoData;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		log.info(line());
	}

	String line() {
		String address = "http://localhost:" + this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"))
				+ this.environment.getProperty("server.servlet.context-path", "");
		if (!this.demoData) {
			return "dirshare is ready at " + address;
		}
		return "dirshare is ready at " + address + ": sign in as account " + DemoDataSet.DEMO_ACCOUNT + " ("
				+ DemoDataSet.DEMO_ACCOUNT_ALIAS + "), user " + DemoDataSet.DEMO_USER + ", password "
				+ DemoDataSet.DEMO_PASSWORD;
	}

}
