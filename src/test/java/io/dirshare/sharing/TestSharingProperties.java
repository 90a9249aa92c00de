package io.dirshare.sharing;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The default sharing settings for MVC slices, which bind no configuration properties. */
@TestConfiguration(proxyBeanMethods = false)
class TestSharingProperties {

	@Bean
	SharingProperties sharingProperties() {
		return new SharingProperties(Duration.ofSeconds(2), 25, 500, new BigDecimal("0.05"), "USD",
				new BigDecimal("0.35"), "CNY");
	}

}
