package io.dirshare.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's form, its whole state in its fields so that every button works as a plain post: the
 * account and user, the actions ticked (IAM names), the resource (a directory of the Region, or an ARN
 * typed) and the unsaved policy.
 */
public class SimulationForm {

	public static final String RESOURCE_DIRECTORY = "directory";

	public static final String RESOURCE_ARN = "arn";

	private String accountId;

	private String userName = "";

	private List<String> actions = new ArrayList<>();

	private String resourceKind = RESOURCE_DIRECTORY;

	private String directoryId = "";

	private String resourceArn = "*";

	private String unsavedPolicy = "";

	public String getAccountId() {
		return this.accountId;
	}

	public void setAccountId(String accountId) {
		this.accountId = (accountId != null) ? accountId.trim() : null;
	}

	public String getUserName() {
		return this.userName;
	}

	public void setUserName(String userName) {
		this.userName = (userName != null) ? userName.trim() : "";
	}

	public List<String> getActions() {
		return this.actions;
	}

	public void setActions(List<String> actions) {
		this.actions = (actions != null) ? new ArrayList<>(actions) : new ArrayList<>();
	}

	public String getResourceKind() {
		return this.resourceKind;
	}

	public void setResourceKind(String resourceKind) {
		this.resourceKind = RESOURCE_ARN.equals(resourceKind) ? RESOURCE_ARN : RESOURCE_DIRECTORY;
	}

	public String getDirectoryId() {
		return this.directoryId;
	}

	public void setDirectoryId(String directoryId) {
		this.directoryId = (directoryId != null) ? directoryId.trim() : "";
	}

	public String getResourceArn() {
		return this.resourceArn;
	}

	public void setResourceArn(String resourceArn) {
		this.resourceArn = (resourceArn != null) ? resourceArn.trim() : "";
	}

	public String getUnsavedPolicy() {
		return this.unsavedPolicy;
	}

	public void setUnsavedPolicy(String unsavedPolicy) {
		this.unsavedPolicy = (unsavedPolicy != null) ? unsavedPolicy : "";
	}

	public boolean isArnResource() {
		return RESOURCE_ARN.equals(this.resourceKind);
	}

}
