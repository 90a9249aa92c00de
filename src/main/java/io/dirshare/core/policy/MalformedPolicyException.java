package io.dirshare.core.policy;

/**
 * A policy document IAM would refuse. {@link #awsMessage()} is AWS's MalformedPolicyDocument wording,
 * {@link #line()} the line of the document it concerns (0 when it concerns the whole document), and
 * the exception's message both, e.g. {@code Policy statement must contain actions. (line 4)}.
 */
public class MalformedPolicyException extends RuntimeException {

	private final String awsMessage;

	private final int line;

	private final boolean sizeLimit;

	MalformedPolicyException(String awsMessage, int line) {
		this(awsMessage, line, false);
	}

	private MalformedPolicyException(String awsMessage, int line, boolean sizeLimit) {
		super((line > 0) ? awsMessage + " (line " + line + ")" : awsMessage);
		this.awsMessage = awsMessage;
		this.line = line;
		this.sizeLimit = sizeLimit;
	}

	static MalformedPolicyException tooLarge(int maxCharacters) {
		return new MalformedPolicyException("Cannot exceed quota for PolicySize: " + maxCharacters, 0, true);
	}

	public String awsMessage() {
		return this.awsMessage;
	}

	public int line() {
		return this.line;
	}

	/**
	 * Whether the document is refused for its size rather than its grammar: IAM answers that with
	 * LimitExceeded, Organizations with ConstraintViolation, not with MalformedPolicyDocument.
	 */
	public boolean isSizeLimit() {
		return this.sizeLimit;
	}

}
