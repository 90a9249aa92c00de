package io.dirshare.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code demoData}, part of the readiness group: with {@code dirshare.demo-data=true} an
 * instance is not ready until the demo data is loaded (people sign in with it); without demo data it is
 * always UP.
 */
@Component("demoData")
class DemoDataHealthIndicator implements HealthIndicator {

	private final ObjectProvider<DemoDataLoader> loader;

	DemoDataHealthIndicator(ObjectProvider<DemoDataLoader> loader) {
		this.loader = loader;
	}

	@Override
	public Health health() {
		DemoDataLoader demo = this.loader.getIfAvailable();
		if (demo == null) {
			return Health.up().withDetail("demoData", "off").build();
		}
		return demo.isLoaded() ? Health.up().withDetail("demoData", "loaded").build()
				: Health.outOfService().withDetail("demoData", "loading").build();
	}

}
