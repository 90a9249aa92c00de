package io.dirshare.sharing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShareFailuresTests {

	private final ShareFailures failures = new ShareFailures();

	@Test
	void noFailureUnlessAskedFor() {
		assertThat(this.failures.takeFailure(ShareStatus.Sharing)).isFalse();
		assertThat(this.failures.takeFailure(ShareStatus.Rejecting)).isFalse();
	}

	@Test
	void aCountIsUsedUpOneSettleAtATimeAndOnlyByItsStatus() {
		this.failures.set(2, 0);
		assertThat(this.failures.takeFailure(ShareStatus.Rejecting)).isFalse();
		assertThat(this.failures.takeFailure(ShareStatus.Deleting)).isFalse();
		assertThat(this.failures.takeFailure(ShareStatus.Sharing)).isTrue();
		assertThat(this.failures.takeFailure(ShareStatus.Sharing)).isTrue();
		assertThat(this.failures.takeFailure(ShareStatus.Sharing)).isFalse();
		assertThat(this.failures.shares()).isZero();
	}

	@Test
	void allFailsEveryOneAndAFailureGivenBackCountsAgain() {
		this.failures.set(1, ShareFailures.ALL);
		for (int i = 0; i < 5; i++) {
			assertThat(this.failures.takeFailure(ShareStatus.Rejecting)).isTrue();
		}
		assertThat(this.failures.rejections()).isEqualTo(ShareFailures.ALL);
		assertThat(this.failures.takeFailure(ShareStatus.Sharing)).isTrue();
		this.failures.giveBack(ShareStatus.Sharing);
		assertThat(this.failures.shares()).isEqualTo(1);
		this.failures.reset();
		assertThat(this.failures.takeFailure(ShareStatus.Rejecting)).isFalse();
		assertThatThrownBy(() -> this.failures.set(-2, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
