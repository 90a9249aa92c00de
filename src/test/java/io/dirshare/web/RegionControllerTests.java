package io.dirshare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionControllerTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/iam/users", "/events?eventName=iam%3ACreateUser&page=2" })
	void returnsToAPathOfThisSite(String path) {
		assertThat(RegionController.safeLocalPath(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example",
			"/\n/evil.example", "evil" })
	void neverSendsPeopleElsewhere(String path) {
		assertThat(RegionController.safeLocalPath(path)).isEqualTo("/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/directories/\u20ac", "/caf\u00e9", "/events?eventName=\u4e2d", "/a b" })
	void returnsOnlyToPathsALocationHeaderCanCarry(String path) {
		assertThat(RegionController.safeLocalPath(path)).isEqualTo("/");
	}

}
