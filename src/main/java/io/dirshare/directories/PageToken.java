package io.dirshare.directories;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.dirshare.core.AwsException;
import io.dirshare.core.DirectoryServiceError;

/**
 * The API's opaque {@code NextToken}s and {@code Limit}s: a token names the offset of the next page, so
 * listing stays one LIMIT/OFFSET query.
 */
public final class PageToken {

	private static final String PREFIX = "offset:";

	private PageToken() {
	}

	public static String next(int offset) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	/** The offset a token names; no token means the first page. */
	public static int offset(String nextToken) {
		if (nextToken == null || nextToken.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX)) {
				int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
				if (offset >= 0) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the refusal
		}
		throw DirectoryServiceError.INVALID_NEXT_TOKEN.exception("The NextToken value is not valid.");
	}

	/** A requested Limit within 1..max, or {@code defaultLimit} when absent. */
	public static int limit(Integer limit, int defaultLimit, int max) {
		if (limit == null) {
			return defaultLimit;
		}
		if (limit < 0) {
			throw DirectoryServiceError.INVALID_PARAMETER.exception("1 validation error detected: Value '" + limit
							+ "' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 0");
		}
		return (limit == 0) ? defaultLimit : Math.min(limit, max);
	}

}
