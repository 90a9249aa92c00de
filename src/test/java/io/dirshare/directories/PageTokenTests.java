package io.dirshare.directories;

import io.dirshare.core.AwsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTokenTests {

	@Test
	void aTokenNamesTheOffsetOfTheNextPage() {
		assertThat(PageToken.offset(PageToken.next(150))).isEqualTo(150);
		assertThat(PageToken.offset(null)).isZero();
		assertThat(PageToken.offset("")).isZero();
	}

	@Test
	void aForeignTokenIsRefusedAsAwsDoes() {
		for (String token : new String[] { "garbage", PageToken.next(-1), "b2Zmc2V0OmFiYw" }) {
			assertThatThrownBy(() -> PageToken.offset(token)).isInstanceOfSatisfying(AwsException.class,
					(refusal) -> assertThat(refusal.errorCode()).isEqualTo("InvalidNextTokenException"));
		}
	}

	@Test
	void limitsDefaultAndAreCapped() {
		assertThat(PageToken.limit(null, 100, 1000)).isEqualTo(100);
		assertThat(PageToken.limit(0, 100, 1000)).isEqualTo(100);
		assertThat(PageToken.limit(50, 100, 1000)).isEqualTo(50);
		assertThat(PageToken.limit(5000, 100, 1000)).isEqualTo(1000);
		assertThatThrownBy(() -> PageToken.limit(-1, 100, 1000)).isInstanceOf(AwsException.class);
	}

}
