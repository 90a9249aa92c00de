package io.dirshare.organizations;

import java.time.Instant;

/**
 * A CreateAccount request as DescribeCreateAccountStatus reports it: {@code IN_PROGRESS} until the
 * account exists ({@code SUCCEEDED}, with its ID) or cannot be made ({@code FAILED}, with AWS's reason,
 * e.g. {@code EMAIL_ALREADY_EXISTS}).
 */
public record CreateAccountStatus(String id, String accountName, String state, Instant requestedAt,
		Instant completedAt, String accountId, String failureReason) {

	public static final String ID_PATTERN = "^car-[a-z0-9]{8,32}$";

	public static final String IN_PROGRESS = "IN_PROGRESS";

	public static final String SUCCEEDED = "SUCCEEDED";

	public static final String FAILED = "FAILED";

	public static final String EMAIL_ALREADY_EXISTS = "EMAIL_ALREADY_EXISTS";

	public static final String INTERNAL_FAILURE = "INTERNAL_FAILURE";

}
