package io.dirshare.core;

import java.util.List;

/**
 * A run of rows starting at an offset, as the API pages through lists: {@code hasMore} comes from
 * reading one row more than asked for, so no count query is needed. The API turns the offset of the
 * next run into its own {@code NextToken}.
 */
public record Slice<T>(List<T> items, int offset, boolean hasMore) {

	/** Builds a slice from a query that asked for {@code limit + 1} rows from {@code offset}. */
	public static <T> Slice<T> of(List<T> rowsPlusOne, int offset, int limit) {
		boolean more = rowsPlusOne.size() > limit;
		return new Slice<>(more ? List.copyOf(rowsPlusOne.subList(0, limit)) : List.copyOf(rowsPlusOne), offset, more);
	}

	public int nextOffset() {
		return this.offset + this.items.size();
	}

}
