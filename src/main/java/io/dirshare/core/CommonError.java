package io.dirshare.core;

import static io.dirshare.core.AwsException.Kind.CONFLICT;
import static io.dirshare.core.AwsException.Kind.FORBIDDEN;
import static io.dirshare.core.AwsException.Kind.INTERNAL;
import static io.dirshare.core.AwsException.Kind.INVALID;

/** Errors every AWS service dirshare speaks shares. */
public enum CommonError implements AwsError {

	ACCESS_DENIED("AccessDeniedException", FORBIDDEN),
	/** A request parameter out of its range, such as a page number past the last one a list can have. */
	INVALID_PARAMETER_VALUE("InvalidParameterValue", INVALID),
	/** Two changes of one object at the same moment; the loser is told to try again. */
	CONCURRENT_MODIFICATION("ConcurrentModificationException", CONFLICT),
	/** The only error the API answers with HTTP 500. */
	SERVICE("ServiceException", INTERNAL);

	private final String code;

	private final AwsException.Kind kind;

	CommonError(String code, AwsException.Kind kind) {
		this.code = code;
		this.kind = kind;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public AwsException.Kind kind() {
		return this.kind;
	}

}
