package io.dirshare.sharing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The share wizard's state, carried by the form itself so that every step works as a plain form post:
 * the method, the accounts added so far, what is being typed or picked, the note, and whether to
 * enable trusted access as part of sharing.
 */
final class ShareForm {

	/** The rules that hold only when the wizard shares, not while accounts are being added. */
	interface ReadyToShare {

	}

	private ShareMethod method;

	@NotEmpty(groups = ReadyToShare.class, message = "Add at least one AWS account to share with.")
	private List<String> targets = new ArrayList<>();

	private String candidateAccountIds = "";

	private String organizationAccount = "";

	@Size(max = Share.NOTES_MAX_LENGTH, message = "A note can be at most {max} characters long.")
	private String notes = "";

	private boolean enableTrustedAccess;

	/** The method; without one the wizard shares by handshake, which every account can. */
	public ShareMethod getMethod() {
		return (this.method != null) ? this.method : ShareMethod.HANDSHAKE;
	}

	public void setMethod(ShareMethod method) {
		this.method = method;
	}

	public List<String> getTargets() {
		return this.targets;
	}

	/** Each account once, in the order added, however often the page sent it. */
	public void setTargets(List<String> targets) {
		this.targets = (targets != null) ? new ArrayList<>(new LinkedHashSet<>(targets)) : new ArrayList<>();
	}

	public String getCandidateAccountIds() {
		return this.candidateAccountIds;
	}

	public void setCandidateAccountIds(String candidateAccountIds) {
		this.candidateAccountIds = candidateAccountIds;
	}

	public String getOrganizationAccount() {
		return this.organizationAccount;
	}

	public void setOrganizationAccount(String organizationAccount) {
		this.organizationAccount = organizationAccount;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public boolean isEnableTrustedAccess() {
		return this.enableTrustedAccess;
	}

	public void setEnableTrustedAccess(boolean enableTrustedAccess) {
		this.enableTrustedAccess = enableTrustedAccess;
	}

	/** The account IDs typed (HANDSHAKE, separated by spaces, commas or semicolons) or picked (ORGANIZATIONS). */
	List<String> candidates() {
		String typed = (getMethod() == ShareMethod.ORGANIZATIONS) ? this.organizationAccount : this.candidateAccountIds;
		List<String> candidates = new ArrayList<>();
		for (String candidate : ((typed != null) ? typed : "").split("[\\s,;]+")) {
			if (!candidate.isBlank()) {
				candidates.add(candidate.trim());
			}
		}
		return candidates;
	}

}
