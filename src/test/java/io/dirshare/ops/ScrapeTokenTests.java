package io.dirshare.ops;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ScrapeTokenTests {

	@Test
	void admitsOnlyTheConfiguredBearerToken() {
		ScrapeToken token = new ScrapeToken(" s3cret-token ");

		assertThat(token.admits(withAuthorization("Bearer s3cret-token"))).isTrue();
		assertThat(token.admits(withAuthorization("bearer s3cret-token"))).isTrue();
		assertThat(token.admits(withAuthorization("Bearer s3cret-tokeN"))).isFalse();
		assertThat(token.admits(withAuthorization("Bearer s3cret"))).isFalse();
		assertThat(token.admits(withAuthorization("Basic czNjcmV0LXRva2Vu"))).isFalse();
		assertThat(token.admits(new MockHttpServletRequest())).isFalse();
	}

	@Test
	void withoutAConfiguredTokenNothingIsAdmitted() {
		for (String configured : new String[] { null, "", "   " }) {
			ScrapeToken token = new ScrapeToken(configured);

			assertThat(token.isConfigured()).isFalse();
			assertThat(token.admits(withAuthorization("Bearer "))).isFalse();
			assertThat(token.admits(withAuthorization("Bearer"))).isFalse();
		}
	}

	private static MockHttpServletRequest withAuthorization(String value) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization", value);
		return request;
	}

}
