package io.dirshare.sharing;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PricingTests {

	@Test
	void theFeeTimesAccountsForAnHourAndThirtyDays() {
		Pricing pricing = new Pricing(new BigDecimal("0.05"), "USD", 3);
		assertThat(pricing.hourly()).isEqualByComparingTo("0.15");
		assertThat(pricing.thirtyDays()).isEqualByComparingTo("108.00");
	}

	@Test
	void noAccountsCostNothing() {
		Pricing pricing = new Pricing(new BigDecimal("0.05"), "USD", 0);
		assertThat(pricing.hourly()).isEqualByComparingTo("0");
		assertThat(pricing.thirtyDays()).isEqualByComparingTo("0");
	}

}
