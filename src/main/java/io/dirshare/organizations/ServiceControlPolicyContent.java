package io.dirshare.organizations;

import java.util.Map;

import io.dirshare.core.OrganizationsError;
import io.dirshare.core.policy.MalformedPolicyException;
import io.dirshare.core.policy.PolicyDocument;

import org.springframework.stereotype.Component;

/**
 * What a service control policy's document must be: the IAM policy grammar, refused with IAM's words
 * and the line ({@link PolicyDocument#parse}), and at most
 * {@value PolicyDocument#SERVICE_CONTROL_POLICY_MAX_CHARACTERS} characters besides whitespace, as AWS
 * counts them. {@value #MAX_STORED_CHARACTERS} characters in all is what dirshare stores.
 */
@Component
class ServiceControlPolicyContent {

	static final int MAX_STORED_CHARACTERS = 16_000;

	PolicyDocument requireValid(String content) {
		if (content != null && content.length() > MAX_STORED_CHARACTERS) {
			throw tooLarge();
		}
		try {
			return PolicyDocument.parse(content, PolicyDocument.SERVICE_CONTROL_POLICY_MAX_CHARACTERS);
		}
		catch (MalformedPolicyException malformed) {
			if (malformed.isSizeLimit()) {
				throw tooLarge();
			}
			throw OrganizationsError.MALFORMED_POLICY_DOCUMENT.exception(malformed.getMessage());
		}
	}

	private static RuntimeException tooLarge() {
		return OrganizationsError.CONSTRAINT_VIOLATION.exception("A service control policy has at most "
				+ PolicyDocument.SERVICE_CONTROL_POLICY_MAX_CHARACTERS + " characters, whitespace aside.",
				Map.of("Reason", "POLICY_CONTENT_LIMIT_EXCEEDED"));
	}

}
