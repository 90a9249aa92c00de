package io.dirshare.identity;

import java.time.Instant;

/** One version of a customer managed policy's document: {@code v1}, {@code v2}, ... */
public record PolicyVersion(String versionId, String document, Instant createdAt, boolean isDefault) {

	/** IAM keeps at most five versions of a managed policy. */
	public static final int MAX_PER_POLICY = 5;

	static String id(int number) {
		return "v" + number;
	}

}
