package io.dirshare.core.policy;

import java.util.List;

/**
 * One statement of a policy document.
 *
 * @param index its position in the document, from 0
 * @param sid its Sid, or null
 * @param effect Allow or Deny
 * @param actions the Action (or, when {@code notAction}, the NotAction) patterns
 * @param notAction whether {@code actions} lists the actions the statement does not cover
 * @param resources the Resource (or, when {@code notResource}, the NotResource) patterns
 * @param notResource whether {@code resources} lists the resources the statement does not cover
 * @param conditions the conditions, all of which must hold
 * @param line the line the statement starts on
 */
public record Statement(int index, String sid, Effect effect, List<String> actions, boolean notAction,
		List<String> resources, boolean notResource, List<Condition> conditions, int line) {

	public Statement {
		actions = List.copyOf(actions);
		resources = List.copyOf(resources);
		conditions = List.copyOf(conditions);
	}

	/** Action names are case-insensitive, as in IAM. */
	public boolean coversAction(String action) {
		boolean listed = this.actions.stream().anyMatch((pattern) -> Wildcards.matches(pattern, action, true));
		return listed != this.notAction;
	}

	/** ARNs are compared case-sensitively, part by part, as in IAM. */
	public boolean coversResource(String resourceArn) {
		boolean listed = this.resources.stream().anyMatch((pattern) -> Wildcards.arnMatches(pattern, resourceArn));
		return listed != this.notResource;
	}

	public boolean conditionsHold(AuthorizationRequest request) {
		return this.conditions.stream().allMatch((condition) -> condition.holds(request.context()));
	}

	/** Whether the statement applies to a request: its action, its resource and every condition. */
	public boolean appliesTo(AuthorizationRequest request) {
		return coversAction(request.action()) && coversResource(request.resource()) && conditionsHold(request);
	}

	/** Whether the statement covers the action on every resource, whatever the request's context. */
	public boolean coversUnconditionally(String action) {
		return coversAction(action) && this.conditions.isEmpty() && !this.notResource
				&& this.resources.contains("*");
	}

	/** How the event history and the simulator name it: its Sid, else its position from 1. */
	public String label() {
		return (this.sid != null && !this.sid.isEmpty()) ? this.sid : "statement " + (this.index + 1);
	}

}
