package io.dirshare.sharing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * The share wizard's state, carried by the form itself so that every step works as a plain form post:
 * the method, the accounts added so far (for the method shown, and those parked by the other method),
 * what is being typed or picked, the note, and whether to enable trusted access as part of sharing.
 * Nothing the user typed or added is dropped by a step: switching the method parks the accounts of the
 * other one, and the note travels in a hidden field while the organization method is shown.
 */
final class ShareForm {

	private ShareMethod method;

	/** The method the page was showing when it was sent, so a step can tell a switch from a repeat. */
	private ShareMethod shownMethod;

	/** The accounts added under the other method, kept for when the user switches back. */
	private List<String> parkedTargets = new ArrayList<>();

	/** Checked when the wizard shares, not while accounts are being added ({@code ShareWizardController}). */
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

	public ShareMethod getShownMethod() {
		return this.shownMethod;
	}

	public void setShownMethod(ShareMethod shownMethod) {
		this.shownMethod = shownMethod;
	}

	public List<String> getParkedTargets() {
		return this.parkedTargets;
	}

	public void setParkedTargets(List<String> parkedTargets) {
		this.parkedTargets = (parkedTargets != null) ? new ArrayList<>(new LinkedHashSet<>(parkedTargets))
				: new ArrayList<>();
	}

	/**
	 * Follows a change of method: the accounts added under the method that was shown are parked, and
	 * those parked earlier under the new method come back. A page that did not say which method it
	 * showed starts the new method's list afresh.
	 * @return whether the method changed
	 */
	boolean followMethodSwitch() {
		ShareMethod shown = this.shownMethod;
		this.shownMethod = getMethod();
		if (shown == getMethod()) {
			return false;
		}
		List<String> parked = (shown != null) ? this.parkedTargets : new ArrayList<>();
		this.parkedTargets = this.targets;
		this.targets = parked;
		return true;
	}

	/** As {@link #followMethodSwitch()}, for steps other than the method switch: without a shown method, none. */
	boolean followMethodSwitchIfShown() {
		if (this.shownMethod == null) {
			this.shownMethod = getMethod();
			return false;
		}
		return followMethodSwitch();
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
