package io.dirshare.sharing;

import java.math.BigDecimal;
import java.time.Duration;

import io.dirshare.core.AwsRegion;
import io.dirshare.directories.Edition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param settleDelay how long the transient statuses (Sharing, Rejecting, Deleting) last
 * @param standardShareLimit accounts a Standard directory may be shared with per Region (AWS quota 25)
 * @param enterpriseShareLimit the same for Enterprise (AWS quota 500)
 * @param hourlyFeePerAccount the price of one shared account per hour, shown before Share (README names its source)
 * @param currency the fee's currency
 * @param chinaHourlyFeePerAccount the same fee in the China partition (cn-northwest-1), priced in {@code chinaCurrency}
 * @param chinaCurrency the currency of the China Regions' prices
 */
@ConfigurationProperties("dirshare.sharing")
public record SharingProperties(@DefaultValue("2s") Duration settleDelay, @DefaultValue("25") int standardShareLimit,
		@DefaultValue("500") int enterpriseShareLimit, @DefaultValue("0.05") BigDecimal hourlyFeePerAccount,
		@DefaultValue("USD") String currency, @DefaultValue("0.35") BigDecimal chinaHourlyFeePerAccount,
		@DefaultValue("CNY") String chinaCurrency) {

	/** How many accounts a directory of the edition may be shared with in one Region. */
	public int shareLimit(Edition edition) {
		return (edition == Edition.Enterprise) ? this.enterpriseShareLimit : this.standardShareLimit;
	}

	/** The review-pricing figures for sharing with {@code accounts} accounts in a Region of the global partition. */
	public Pricing pricing(int accounts) {
		return new Pricing(this.hourlyFeePerAccount, this.currency, accounts);
	}

	/** The review-pricing figures in the Region: China's Regions are priced in yuan. */
	public Pricing pricing(AwsRegion region, int accounts) {
		return "aws-cn".equals(region.partition())
				? new Pricing(this.chinaHourlyFeePerAccount, this.chinaCurrency, accounts) : pricing(accounts);
	}

}
