package io.dirshare.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AwsRegionTests {

	@Test
	void offersTheRealRegionCodesTheIssueNamesAndDefaultsToUsEast1() {
		assertThat(AwsRegion.all()).extracting(AwsRegion::code)
			.contains("us-east-1", "us-west-2", "eu-west-1", "cn-northwest-1")
			.doesNotHaveDuplicates();
		assertThat(AwsRegion.DEFAULT.code()).isEqualTo("us-east-1");
	}

	@Test
	void findsARegionByItsExactCodeOnly() {
		assertThat(AwsRegion.fromCode("eu-west-1")).contains(AwsRegion.EU_WEST_1);
		assertThat(AwsRegion.fromCode("EU-WEST-1")).isEmpty();
		assertThat(AwsRegion.fromCode("mars-north-1")).isEmpty();
		assertThat(AwsRegion.fromCode(null)).isEmpty();
	}

	@Test
	void onlyNingxiaLimitsSharingToSystemsManager() {
		assertThat(AwsRegion.all()).filteredOn(AwsRegion::sharingLimitedToSystemsManager)
			.containsExactly(AwsRegion.CN_NORTHWEST_1);
	}

}
