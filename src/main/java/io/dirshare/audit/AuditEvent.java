package io.dirshare.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of an account's event history, like a CloudTrail event: when, who, what, from where and
 * whether it worked. {@code summary} describes the request and never holds a password or secret;
 * {@code errorMessage} is a refusal's message and {@code decidingPolicy} names the policy statement that
 * allowed or denied the request, when policies decided it.
 */
@Table("audit_event")
public record AuditEvent(@Id Long id, Instant eventTime, String accountId, String principalArn, String eventName,
		String eventSource, String sourceAddress, String region, Outcome outcome, String errorCode, String summary,
		String errorMessage, String decidingPolicy) {

	public enum Outcome {

		Success, Failure

	}

}
