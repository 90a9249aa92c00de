package io.dirshare.core;

import java.util.Set;

import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;

/**
 * Who asks a service to do something, through which door, from where and in which Region. Both the
 * portal and the AWS API build one per request; services authorize with {@link #require(Action)} and
 * scope every read and change to {@link #accountId()}.
 */
public record Caller(String accountId, String userName, AccountPosition position, Set<Action> actions,
		EventSource source, String sourceAddress, AwsRegion region) {

	/** The door a request came through, recorded as the audit event's source. */
	public enum EventSource {

		CONSOLE("console"), API("api"), SYSTEM("dirshare");

		private final String value;

		EventSource(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	public Caller {
		actions = Set.copyOf(actions);
		region = (region != null) ? region : AwsRegion.DEFAULT;
	}

	public String arn() {
		return userArn(this.accountId, this.userName);
	}

	/** The ARN of an IAM user, as the event history and AWS's error messages name it. */
	public static String userArn(String accountId, String userName) {
		return "arn:aws:iam::" + accountId + ":user/" + userName;
	}

	public boolean can(Action action) {
		return this.actions.contains(action);
	}

	/** Refuses with AWS's AccessDeniedException unless the caller's permission set allows the action. */
	public void require(Action action) {
		if (!can(action)) {
			throw AwsException.accessDenied("User: " + arn() + " is not authorized to perform: " + action.iamName());
		}
	}

	public boolean isManagementAccount() {
		return this.position == AccountPosition.MANAGEMENT;
	}

	public Caller inRegion(AwsRegion otherRegion) {
		return new Caller(this.accountId, this.userName, this.position, this.actions, this.source, this.sourceAddress,
				otherRegion);
	}

}
