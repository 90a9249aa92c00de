package io.dirshare.core;

import java.util.List;

/**
 * One page of a list, numbered from 1. {@code hasNext} comes from reading one row more than the page
 * holds, so no count query is needed.
 */
public record Page<T>(List<T> items, int number, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return this.number > 1;
	}

	/**
	 * The furthest page a list shows: far beyond any real list, and the row offset of every page up to it
	 * fits an {@code int} for any page size the portal uses.
	 */
	public static final int MAX_NUMBER = 10_000;

	/**
	 * The first row of a page; numbers below 1 mean the first page.
	 * @throws AwsException {@link CommonError#INVALID_PARAMETER_VALUE} past {@link #MAX_NUMBER}
	 */
	public static int offset(int number, int size) {
		if (number > MAX_NUMBER) {
			throw CommonError.INVALID_PARAMETER_VALUE
				.exception("Page numbers go from 1 to " + MAX_NUMBER + ".");
		}
		return Math.toIntExact((Math.max(number, 1) - 1L) * size);
	}

	/** Builds a page from a query that asked for {@code size + 1} rows. */
	public static <T> Page<T> of(List<T> rowsPlusOne, int number, int size) {
		boolean hasNext = rowsPlusOne.size() > size;
		return new Page<>(hasNext ? List.copyOf(rowsPlusOne.subList(0, size)) : List.copyOf(rowsPlusOne),
				Math.max(number, 1), size, hasNext);
	}

}
