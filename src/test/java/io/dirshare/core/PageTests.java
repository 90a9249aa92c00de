package io.dirshare.core;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTests {

	@Test
	void aQueryThatReturnedOneRowMoreThanThePageHoldsHasANextPage() {
		List<Integer> rows = IntStream.rangeClosed(1, 51).boxed().toList();
		Page<Integer> page = Page.of(rows, 1, 50);
		assertThat(page.items()).hasSize(50).startsWith(1).endsWith(50);
		assertThat(page.hasNext()).isTrue();
		assertThat(page.hasPrevious()).isFalse();
	}

	@Test
	void theLastPageHasNoNextPage() {
		Page<Integer> page = Page.of(List.of(1, 2, 3), 2, 50);
		assertThat(page.items()).containsExactly(1, 2, 3);
		assertThat(page.hasNext()).isFalse();
		assertThat(page.hasPrevious()).isTrue();
	}

	@Test
	void pageNumbersStartAtOneAndBelowOneMeansTheFirstPage() {
		assertThat(Page.offset(1, 50)).isZero();
		assertThat(Page.offset(3, 50)).isEqualTo(100);
		assertThat(Page.offset(0, 50)).isZero();
		assertThat(Page.offset(-4, 50)).isZero();
		assertThat(Page.of(List.of(), 0, 50).number()).isEqualTo(1);
	}

	@Test
	void pageNumbersPastTheLastAListCanHaveAreInvalidNotAnOverflow() {
		assertThat(Page.offset(Page.MAX_NUMBER, 50)).isEqualTo((Page.MAX_NUMBER - 1) * 50);
		for (int number : new int[] { Page.MAX_NUMBER + 1, 1 << 30, Integer.MAX_VALUE }) {
			assertThatThrownBy(() -> Page.offset(number, 50)).isInstanceOfSatisfying(AwsException.class,
					(refused) -> assertThat(refused.error()).isEqualTo(CommonError.INVALID_PARAMETER_VALUE));
		}
	}

}
