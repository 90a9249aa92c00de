package io.dirshare.sharing;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;

/**
 * The rows ticked in the Shared directories table, and again in the Unshare dialog: one
 * {@code sharedDirectoryId} parameter per row, as the table's checkboxes send them.
 */
final class UnshareForm {

	static final String NOTHING_SELECTED = "Select the shared directories to unshare first.";

	@NotEmpty(message = NOTHING_SELECTED)
	private List<String> sharedDirectoryId = new ArrayList<>();

	public List<String> getSharedDirectoryId() {
		return this.sharedDirectoryId;
	}

	public void setSharedDirectoryId(List<String> sharedDirectoryId) {
		this.sharedDirectoryId = (sharedDirectoryId != null) ? sharedDirectoryId : new ArrayList<>();
	}

}
