package io.dirshare.web;

import io.dirshare.core.AwsRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionUrlFilterTests {

	@ParameterizedTest
	@CsvSource({ "/directories, /directories?region=us-west-2",
			"/directories/d-1234567890?tab=share, /directories/d-1234567890?tab=share&region=us-west-2",
			"/events?page=2#top, /events?page=2&region=us-west-2#top", "/, /?region=us-west-2" })
	void pageLinksCarryTheRegion(String url, String expected) {
		assertThat(RegionUrlFilter.withRegion(url, "", AwsRegion.US_WEST_2)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/directories?region=eu-west-1", "/css/dirshare.css", "/js/dirshare.js",
			"/webjars/htmx.org/dist/htmx.min.js", "/signin", "/signout", "/region", "https://example.com/",
			"//example.com/", "/favicon.ico", "/images/logo.png" })
	void otherUrlsAreLeftAlone(String url) {
		assertThat(RegionUrlFilter.withRegion(url, "", AwsRegion.US_WEST_2)).isEqualTo(url);
	}

	@Test
	void theSelectorReplacesTheRegionOfThePageItReturnsTo() {
		assertThat(RegionSelection.withRegion("/directories/d-1?region=us-east-1&tab=share", AwsRegion.EU_WEST_1))
			.isEqualTo("/directories/d-1?tab=share&region=eu-west-1");
		assertThat(RegionSelection.hasRegion("/x?regionx=1")).isFalse();
	}

}
