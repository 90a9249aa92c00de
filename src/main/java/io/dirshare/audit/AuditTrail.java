package io.dirshare.audit;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.core.AwsException;
import io.dirshare.core.Page;
import io.dirshare.identity.Action;
import io.dirshare.identity.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and reads the event history. A successful change is written in the transaction that makes
 * it, so both commit or neither does; a refused change is written in a transaction of its own, so the
 * refusal stays on record when the change rolls back.
 */
@Service
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	private static final int SUMMARY_LIMIT = 1000;

	private final AuditEventRepository events;

	private final TransactionTemplate separateTransaction;

	private final Clock clock;

	AuditTrail(AuditEventRepository events, PlatformTransactionManager transactionManager, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs a change and records it under the action's IAM name: a success in the current transaction,
	 * an {@link AwsException} as a failure in a separate one (then rethrown).
	 */
	public <T> T audited(Caller caller, Action action, String summary, Supplier<T> change) {
		return audited(caller, action.iamName(), summary, change);
	}

	public <T> T audited(Caller caller, String eventName, String summary, Supplier<T> change) {
		T result;
		try {
			result = change.get();
		}
		catch (AwsException refused) {
			recordFailure(caller, eventName, refused.errorCode(), summary);
			throw refused;
		}
		recordSuccess(caller, eventName, summary);
		return result;
	}

	public void recordSuccess(Caller caller, String eventName, String summary) {
		this.events.save(event(caller.accountId(), caller, eventName, Outcome.Success, null, summary));
	}

	/** Records an event in another account's history too, e.g. the owner's when a consumer accepts. */
	public void recordSuccessFor(String accountId, Caller caller, String eventName, String summary) {
		this.events.save(event(accountId, caller, eventName, Outcome.Success, null, summary));
	}

	public void recordFailure(Caller caller, String eventName, String errorCode, String summary) {
		this.separateTransaction.executeWithoutResult((status) -> this.events
			.save(event(caller.accountId(), caller, eventName, Outcome.Failure, errorCode, summary)));
	}

	/** For events without a signed-in caller yet, such as a sign-in attempt. */
	public void recordInSeparateTransaction(AuditEvent event) {
		this.separateTransaction.executeWithoutResult((status) -> this.events.save(event));
	}

	public Page<AuditEvent> page(Caller caller, String eventName, Outcome outcome, int pageNumber) {
		caller.require(Action.CLOUDTRAIL_LOOKUP_EVENTS);
		List<AuditEvent> rows = this.events.findPage(caller.accountId(), blankToNull(eventName),
				(outcome != null) ? outcome.name() : null, PAGE_SIZE + 1, Page.offset(pageNumber, PAGE_SIZE));
		return Page.of(rows, pageNumber, PAGE_SIZE);
	}

	public List<String> eventNames(Caller caller) {
		caller.require(Action.CLOUDTRAIL_LOOKUP_EVENTS);
		return this.events.findEventNames(caller.accountId());
	}

	private AuditEvent event(String accountId, Caller caller, String eventName, Outcome outcome, String errorCode,
			String summary) {
		return new AuditEvent(null, this.clock.instant(), accountId, caller.arn(), eventName, caller.source().value(),
				caller.sourceAddress(), caller.region().code(), outcome, errorCode, shorten(summary));
	}

	static String shorten(String summary) {
		if (summary == null || summary.length() <= SUMMARY_LIMIT) {
			return summary;
		}
		return summary.substring(0, SUMMARY_LIMIT - 1) + "…";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
