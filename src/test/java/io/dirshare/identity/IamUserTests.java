package io.dirshare.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IamUserTests {

	@ParameterizedTest
	@ValueSource(strings = { "admin", "Jane.Doe", "ops+ci=1", "a,b", "dev@example.com", "under_score", "x-y", "a",
			"0123456789012345678901234567890123456789012345678901234567890123" })
	void acceptsIamUserNames(String name) {
		assertThat(IamUser.isValidUserName(name)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "with space", "slash/name", "colon:name", "ünicode", "<script>",
			"01234567890123456789012345678901234567890123456789012345678901234" })
	void refusesWhatIamRefuses(String name) {
		assertThat(IamUser.isValidUserName(name)).isFalse();
	}

	@Test
	void namesAreUniqueWithoutRegardToCase() {
		assertThat(IamUser.key("Jane.Doe")).isEqualTo(IamUser.key("jane.doe")).isEqualTo("jane.doe");
	}

	@Test
	void theArnNamesAccountAndUser() {
		assertThat(IamUser.arn("222222222222", "admin")).isEqualTo("arn:aws:iam::222222222222:user/admin");
	}

}
