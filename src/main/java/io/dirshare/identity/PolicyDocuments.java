package io.dirshare.identity;

import io.dirshare.core.IamError;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Checks a policy document before it is stored; a malformed one is refused with where it went wrong. */
final class PolicyDocuments {

	/** IAM's quota for a managed policy's document, white space not counted. */
	static final int MAX_SIZE = 6144;

	/** What the database column holds, white space included. */
	static final int MAX_STORED_LENGTH = 12288;

	private static final ObjectMapper JSON = new ObjectMapper();

	private PolicyDocuments() {
	}

	static void check(String document) {
		if (document == null || document.isBlank()) {
			throw IamError.MALFORMED_POLICY_DOCUMENT.exception("Syntax errors in policy.");
		}
		if (document.codePoints().filter((c) -> !Character.isWhitespace(c)).count() > MAX_SIZE
				|| document.length() > MAX_STORED_LENGTH) {
			throw IamError.LIMIT_EXCEEDED.exception("Cannot exceed quota for PolicySize: " + MAX_SIZE);
		}
		try {
			JSON.readTree(document);
		}
		catch (JacksonException ex) {
			throw IamError.MALFORMED_POLICY_DOCUMENT.exception("Syntax errors in policy. (line "
					+ ex.getLocation().getLineNr() + ")");
		}
	}

}
