package io.dirshare.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.core.AwsException;
import io.dirshare.core.Page;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.PolicyRefusal;
import io.dirshare.core.policy.Decision;
import io.dirshare.core.policy.ResourceRef;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and reads the event history. A successful change is written in the transaction that makes
 * it, so both commit or neither does; a refused change is written once that transaction has ended, so
 * the refusal stays on record when the change rolls back (see {@link #recordFailure}).
 */
@Service
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	private static final int SUMMARY_LIMIT = 1000;

	private static final int DECIDING_POLICY_LIMIT = 500;

	private final AuditEventRepository events;

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final TransactionTemplate separateTransaction;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(AuditEventRepository events, PlatformTransactionManager transactionManager, DataSource dataSource,
			JdbcClient jdbc, Clock clock) {
		this.events = events;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The one door of every state change: refuses the caller unless its policies allow the action
	 * ({@link Caller#require}), runs the change and records it under the action's IAM name with the
	 * policy that decided, the refusal included. For an action AWS does not scope by resource.
	 */
	public <T> T authorizedChange(Caller caller, Action action, String summary, Supplier<T> change) {
		return authorizedChange(caller, action, () -> ResourceRef.ANY, summary, change);
	}

	/**
	 * {@link #authorizedChange(Caller, Action, String, Supplier)} for an action on a resource, e.g. a
	 * directory with its tags; the resource is looked up first, inside the audited change.
	 */
	public <T> T authorizedChange(Caller caller, Action action, Supplier<ResourceRef> resource, String summary,
			Supplier<T> change) {
		T result;
		Decision decision;
		try {
			decision = caller.require(action, resource.get());
			result = change.get();
		}
		catch (AwsException refused) {
			recordFailure(caller, action.iamName(), refused, summary);
			throw refused;
		}
		insert(event(caller.accountId(), caller, action.iamName(), Outcome.Success, null, summary, null,
				decidingPolicy(caller, decision)));
		return result;
	}

	/**
	 * {@link #authorizedChange(Caller, Action, String, Supplier)} for a change that finds (and locks) its
	 * resource first and then authorizes the action on it through the {@link ResourceAuthorization} it
	 * is given. A caller whose policies could allow the action on no resource at all is refused before
	 * the change starts.
	 */
	public <T> T authorizedChange(Caller caller, Action action, String summary,
			Function<ResourceAuthorization, T> change) {
		AtomicReference<Decision> decided = new AtomicReference<>();
		T result;
		try {
			if (!caller.can(action)) {
				caller.require(action);
			}
			result = change.apply((resource) -> {
				Decision decision = caller.require(action, resource);
				decided.set(decision);
				return decision;
			});
		}
		catch (AwsException refused) {
			recordFailure(caller, action.iamName(), refused, summary);
			throw refused;
		}
		if (decided.get() == null) {
			throw new IllegalStateException("The change of " + action + " authorized no resource");
		}
		insert(event(caller.accountId(), caller, action.iamName(), Outcome.Success, null, summary, null,
				decidingPolicy(caller, decided.get())));
		return result;
	}

	/**
	 * Runs a change and records it under the action's IAM name: a success in the current transaction,
	 * an {@link AwsException} as a failure that outlives a rollback (then rethrown).
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
			recordFailure(caller, eventName, refused, summary);
			throw refused;
		}
		recordSuccess(caller, eventName, summary);
		return result;
	}

	public void recordSuccess(Caller caller, String eventName, String summary) {
		insert(event(caller.accountId(), caller, eventName, Outcome.Success, null, summary, null, null));
	}

	/** Records an event in another account's history too, e.g. the owner's when a consumer accepts. */
	public void recordSuccessFor(String accountId, Caller caller, String eventName, String summary) {
		insert(event(accountId, caller, eventName, Outcome.Success, null, summary, null, null));
	}

	/**
	 * Records a refusal with its message and, when the caller's policies refused, the policy that
	 * decided (see {@link #recordFailure(Caller, String, String, String)}).
	 */
	public void recordFailure(Caller caller, String eventName, AwsException refused, String summary) {
		String decidingPolicy = (refused instanceof PolicyRefusal denial) ? denial.decision().decidingPolicy() : null;
		recordFailure(event(caller.accountId(), caller, eventName, Outcome.Failure, refused.errorCode(), summary,
				refused.getMessage(), decidingPolicy));
	}

	/**
	 * Records a refusal so that it stays on record when the change rolls back. Inside a transaction the
	 * event is written once that transaction has ended, on its own connection: taking a second pooled
	 * connection while the change still holds row locks would let a burst of concurrent refusals use up
	 * the pool and wait on each other until the pool's timeout.
	 */
	public void recordFailure(Caller caller, String eventName, String errorCode, String summary) {
		recordFailure(event(caller.accountId(), caller, eventName, Outcome.Failure, errorCode, summary, null, null));
	}

	private void recordFailure(AuditEvent event) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					writeOnEndedTransactionsConnection(event);
				}
			});
		}
		else {
			this.separateTransaction.executeWithoutResult((status) -> insert(event));
		}
	}

	/**
	 * Runs after the transaction's commit or rollback, before its connection goes back to the pool, so
	 * the insert is a short transaction of its own on that connection, holding no other lock.
	 */
	private void writeOnEndedTransactionsConnection(AuditEvent event) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			insert(event);
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.error("Could not record refused {} of {}", event.eventName(), event.principalArn(), ex);
			rollbackQuietly(connection);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Writes an event: one plain INSERT (every change writes one or two, so no repository's mapping
	 * machinery on the way).
	 */
	private void insert(AuditEvent event) {
		this.jdbc.sql("""
				INSERT INTO audit_event (event_time, account_id, principal_arn, event_name, event_source,
				    source_address, region, outcome, error_code, summary, error_message, deciding_policy)
				VALUES (:time, :account, :arn, :name, :source, :address, :region, :outcome, :errorCode, :summary,
				    :errorMessage, :decidingPolicy)""")
			.param("time", Timestamp.from(event.eventTime()))
			.param("account", event.accountId())
			.param("arn", event.principalArn())
			.param("name", event.eventName())
			.param("source", event.eventSource())
			.param("address", event.sourceAddress())
			.param("region", event.region())
			.param("outcome", event.outcome().name())
			.param("errorCode", event.errorCode())
			.param("summary", event.summary())
			.param("errorMessage", event.errorMessage())
			.param("decidingPolicy", event.decidingPolicy())
			.update();
	}

	private static void rollbackQuietly(Connection connection) {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException ignored) {
			// The pool discards a connection it cannot reset.
		}
	}

	/** For events without a signed-in caller yet, such as a sign-in attempt. */
	public void recordInSeparateTransaction(AuditEvent event) {
		this.separateTransaction.executeWithoutResult((status) -> insert(event));
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
			String summary, String errorMessage, String decidingPolicy) {
		return new AuditEvent(null, this.clock.instant(), accountId, caller.arn(), eventName, caller.source().value(),
				caller.sourceAddress(), caller.region().code(), outcome, errorCode, shorten(summary),
				shorten(errorMessage), shorten(decidingPolicy, DECIDING_POLICY_LIMIT));
	}

	/** dirshare's own changes are decided by no policy. */
	private static String decidingPolicy(Caller caller, Decision decision) {
		return caller.permissions().isSystem() ? null : decision.decidingPolicy();
	}

	static String shorten(String summary) {
		return shorten(summary, SUMMARY_LIMIT);
	}

	private static String shorten(String text, int limit) {
		if (text == null || text.length() <= limit) {
			return text;
		}
		return text.substring(0, limit - 1) + "…";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
