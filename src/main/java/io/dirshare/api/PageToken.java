package io.dirshare.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Opaque {@code NextToken}s for the lists the API pages through: the position of the next item, bound
 * to the operation so a token of one list is refused by another.
 */
final class PageToken {

	/**
	 * Beyond any list the API pages through, and small enough that an offset plus a page's size never
	 * overflows: a token with a larger offset was not handed out by dirshare.
	 */
	static final int MAX_OFFSET = 1_000_000;

	private PageToken() {
	}

	/** One page of items and the token of the next one, if any. */
	record Slice<T>(List<T> items, String nextToken) {

	}

	static String encode(String operation, int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((operation + ":" + offset).getBytes(StandardCharsets.UTF_8));
	}

	/** @return the offset, or empty when the token is not one this operation handed out */
	static Optional<Integer> decode(String operation, String token) {
		if (token == null || token.isEmpty()) {
			return Optional.of(0);
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			if (!decoded.startsWith(operation + ":")) {
				return Optional.empty();
			}
			int offset = Integer.parseInt(decoded.substring(operation.length() + 1));
			return (offset >= 0 && offset <= MAX_OFFSET) ? Optional.of(offset) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Cuts one page out of a whole list that the service returned. */
	static <T> Slice<T> slice(String operation, List<T> all, int offset, int limit) {
		int from = Math.min(offset, all.size());
		int to = Math.min(from + limit, all.size());
		return new Slice<>(List.copyOf(all.subList(from, to)), (to < all.size()) ? encode(operation, to) : null);
	}

}
