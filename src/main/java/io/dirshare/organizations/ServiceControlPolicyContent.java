package io.dirshare.organizations;

import java.util.Map;

import io.dirshare.core.OrganizationsError;

import org.springframework.stereotype.Component;

/** What a service control policy's document must be: at most {@value ServiceControlPolicyService#MAX_CONTENT_LENGTH} characters. */
@Component
class ServiceControlPolicyContent {

	void requireValid(String content) {
		if (content == null || content.isBlank()) {
			throw OrganizationsError.MALFORMED_POLICY_DOCUMENT.exception("Enter the policy document (JSON).");
		}
		if (content.length() > ServiceControlPolicyService.MAX_CONTENT_LENGTH) {
			throw OrganizationsError.CONSTRAINT_VIOLATION.exception("A service control policy has at most "
					+ ServiceControlPolicyService.MAX_CONTENT_LENGTH + " characters; this one has " + content.length()
					+ ".", Map.of("Reason", "POLICY_CONTENT_LIMIT_EXCEEDED"));
		}
	}

}
