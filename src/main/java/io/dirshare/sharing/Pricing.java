package io.dirshare.sharing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The "Review pricing details" figures: a fee per shared account per hour, times accounts, for an hour and 30 days. */
public record Pricing(BigDecimal hourlyFeePerAccount, String currency, int accounts) {

	public BigDecimal hourly() {
		return this.hourlyFeePerAccount.multiply(BigDecimal.valueOf(this.accounts)).setScale(2, RoundingMode.HALF_UP);
	}

	public BigDecimal thirtyDays() {
		return this.hourlyFeePerAccount.multiply(BigDecimal.valueOf(this.accounts * 24L * 30L))
			.setScale(2, RoundingMode.HALF_UP);
	}

}
