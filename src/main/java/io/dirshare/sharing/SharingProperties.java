package io.dirshare.sharing;

import java.math.BigDecimal;
import java.time.Duration;

import io.dirshare.directories.Edition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param settleDelay how long the transient statuses (Sharing, Rejecting, Deleting) last
 * @param standardShareLimit accounts a Standard directory may be shared with per Region (AWS quota 25)
 * @param enterpriseShareLimit the same for Enterprise (AWS quota 500)
 * @param hourlyFeePerAccount the price of one shared account per hour, shown before Share (README names its source)
 * @param currency the fee's currency
 */
@ConfigurationProperties("dirshare.sharing")
public record SharingProperties(@DefaultValue("2s") Duration settleDelay, @DefaultValue("25") int standardShareLimit,
		@DefaultValue("500") int enterpriseShareLimit, @DefaultValue("0.05") BigDecimal hourlyFeePerAccount,
		@DefaultValue("USD") String currency) {

	/** How many accounts a directory of the edition may be shared with in one Region. */
	public int shareLimit(Edition edition) {
		return (edition == Edition.Enterprise) ? this.enterpriseShareLimit : this.standardShareLimit;
	}

	/** The review-pricing figures for sharing with {@code accounts} accounts. */
	public Pricing pricing(int accounts) {
		return new Pricing(this.hourlyFeePerAccount, this.currency, accounts);
	}

}
