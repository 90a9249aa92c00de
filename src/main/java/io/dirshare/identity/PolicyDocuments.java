package io.dirshare.identity;

import io.dirshare.core.IamError;
import io.dirshare.core.policy.MalformedPolicyException;
import io.dirshare.core.policy.PolicyDocument;

/** Checks a policy document before it is stored; a malformed one is refused with where it went wrong. */
final class PolicyDocuments {

	/** What the database column holds, white space included (twice IAM's quota without it). */
	static final int MAX_STORED_LENGTH = 12288;

	private PolicyDocuments() {
	}

	static PolicyDocument check(String document) {
		if (document != null && document.length() > MAX_STORED_LENGTH) {
			throw IamError.LIMIT_EXCEEDED
				.exception("Cannot exceed quota for PolicySize: " + PolicyDocument.IDENTITY_POLICY_MAX_CHARACTERS);
		}
		try {
			return PolicyDocument.parse(document, PolicyDocument.IDENTITY_POLICY_MAX_CHARACTERS);
		}
		catch (MalformedPolicyException malformed) {
			throw malformed.isSizeLimit() ? IamError.LIMIT_EXCEEDED.exception(malformed.awsMessage())
					: IamError.MALFORMED_POLICY_DOCUMENT.exception(malformed.getMessage());
		}
	}

}
