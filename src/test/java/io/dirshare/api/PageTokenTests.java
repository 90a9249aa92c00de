package io.dirshare.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTokenTests {

	@Test
	void aTokenNamesTheOffsetOfTheNextPage() {
		assertThat(PageToken.decode("DescribeDirectories", PageToken.encode("DescribeDirectories", 150))).hasValue(150);
		assertThat(PageToken.decode("DescribeDirectories", null)).hasValue(0);
		assertThat(PageToken.decode("DescribeDirectories", "")).hasValue(0);
	}

	@Test
	void garbageNegativeOffsetsAndOtherListsTokensAreRefused() {
		String negative = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("DescribeDirectories:-1".getBytes(StandardCharsets.UTF_8));
		for (String token : new String[] { "garbage", negative, "b2Zmc2V0OmFiYw",
				PageToken.encode("DescribeSharedDirectories", 10) }) {
			assertThat(PageToken.decode("DescribeDirectories", token)).as(token).isEmpty();
		}
	}

	@Test
	void anOffsetNoListReachesIsRefusedSoOffsetPlusLimitNeverOverflows() {
		assertThat(PageToken.decode("ListAccounts", PageToken.encode("ListAccounts", PageToken.MAX_OFFSET)))
			.hasValue(PageToken.MAX_OFFSET);
		assertThat(PageToken.decode("ListAccounts", PageToken.encode("ListAccounts", PageToken.MAX_OFFSET + 1))).isEmpty();
		assertThat(PageToken.decode("ListAccounts", PageToken.encode("ListAccounts", Integer.MAX_VALUE))).isEmpty();
	}

}
