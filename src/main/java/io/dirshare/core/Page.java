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

	public static int offset(int number, int size) {
		return (Math.max(number, 1) - 1) * size;
	}

	/** Builds a page from a query that asked for {@code size + 1} rows. */
	public static <T> Page<T> of(List<T> rowsPlusOne, int number, int size) {
		boolean hasNext = rowsPlusOne.size() > size;
		return new Page<>(hasNext ? List.copyOf(rowsPlusOne.subList(0, size)) : List.copyOf(rowsPlusOne),
				Math.max(number, 1), size, hasNext);
	}

}
