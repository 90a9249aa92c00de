package io.dirshare.core;

import io.dirshare.core.policy.AuthorizationRequest;
import io.dirshare.core.policy.Decision;
import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.ResourceRef;

/**
 * Who asks a service to do something, through which door, from where and in which Region, with the
 * permissions its policies give it. Both the portal and the AWS API build one per request; services
 * authorize with {@link #require(Action, ResourceRef)} (or {@link #require(Action)} for an action AWS
 * does not scope by resource) and scope every read and change to {@link #accountId()}.
 */
public record Caller(String accountId, String userName, AccountPosition position, Permissions permissions,
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
		region = (region != null) ? region : AwsRegion.DEFAULT;
	}

	/** dirshare itself acting in an account (demo data, jobs): no policy limits it. */
	public static Caller system(String accountId, String userName, AccountPosition position, AwsRegion region) {
		return new Caller(accountId, userName, position, Permissions.system(), EventSource.SYSTEM, null, region);
	}

	public String arn() {
		return userArn(this.accountId, this.userName);
	}

	/** The ARN of an IAM user, as the event history and AWS's error messages name it. */
	public static String userArn(String accountId, String userName) {
		return "arn:aws:iam::" + accountId + ":user/" + userName;
	}

	/**
	 * Whether the caller's policies could allow the action on some resource: for deciding what a page
	 * offers. The request itself is decided by {@link #require(Action, ResourceRef)}.
	 */
	public boolean can(Action action) {
		return this.permissions.couldAllow(action.iamName());
	}

	/** Evaluates the caller's policies for an action on a resource, in the caller's Region. */
	public Decision decide(Action action, ResourceRef resource) {
		return this.permissions.evaluate(AuthorizationRequest.of(this.accountId, arn(), action.iamName(), resource,
				this.region.code(), this.permissions.principalTags()));
	}

	/** {@link #require(Action, ResourceRef)} for an action AWS does not scope by resource. */
	public Decision require(Action action) {
		return require(action, ResourceRef.ANY);
	}

	/**
	 * Refuses with AWS's AccessDeniedException, worded as AWS words it, unless the caller's policies
	 * allow the action on the resource; returns the allowing decision for the event history.
	 */
	public Decision require(Action action, ResourceRef resource) {
		Decision decision = decide(action, resource);
		if (!decision.allowed()) {
			throw new PolicyRefusal(decision);
		}
		return decision;
	}

	/**
	 * Refuses unless the caller's policies could allow the action on some resource ({@link #can}): for a
	 * page that only leads to the action, which is itself decided on its resource when it is asked for.
	 */
	public void requireCan(Action action) {
		if (!can(action)) {
			require(action);
		}
	}

	public boolean isManagementAccount() {
		return this.position == AccountPosition.MANAGEMENT;
	}

	public Caller inRegion(AwsRegion otherRegion) {
		return new Caller(this.accountId, this.userName, this.position, this.permissions, this.source,
				this.sourceAddress, otherRegion);
	}

}
