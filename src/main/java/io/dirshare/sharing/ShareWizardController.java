package io.dirshare.sharing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryService;
import io.dirshare.identity.Account;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's share wizard ("Choose which AWS accounts to share with") and the Unshare dialog. The form
 * keeps its state in its own fields, so Add, Remove and Share all work as plain form posts; htmx only
 * swaps the wizard in place.
 */
@Controller
class ShareWizardController {

	static final String VIEW_WIZARD = "sharing/wizard";

	static final String VIEW_WIZARD_FORM = "sharing/wizard :: wizard-form";

	static final String VIEW_RESULTS = "sharing/results";

	static final String VIEW_RESULTS_PANEL = "sharing/results :: results";

	static final String VIEW_UNSHARE = "sharing/unshare";

	/** The wizard's state. */
	static final class ShareForm {

		private ShareMethod method;

		private List<String> targets = new ArrayList<>();

		private String candidateAccountIds = "";

		private String organizationAccount = "";

		private String notes = "";

		private boolean enableTrustedAccess;

		public ShareMethod getMethod() {
			return this.method;
		}

		public void setMethod(ShareMethod method) {
			this.method = method;
		}

		public List<String> getTargets() {
			return this.targets;
		}

		public void setTargets(List<String> targets) {
			this.targets = (targets != null) ? targets : new ArrayList<>();
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

	}

	private final DirectoryService directories;

	private final OwnerSharingService owners;

	private final ShareQueries shares;

	private final OrganizationSharingPolicy organizationSharing;

	private final SharingProperties properties;

	private final ShareWithAccounts shareWithAccounts;

	ShareWizardController(DirectoryService directories, OwnerSharingService owners, ShareQueries shares,
			OrganizationSharingPolicy organizationSharing, SharingProperties properties,
			ShareWithAccounts shareWithAccounts) {
		this.directories = directories;
		this.owners = owners;
		this.shares = shares;
		this.organizationSharing = organizationSharing;
		this.properties = properties;
		this.shareWithAccounts = shareWithAccounts;
	}

	@GetMapping("/directories/{id}/share")
	String wizard(Caller caller, @PathVariable String id, Model model) {
		caller.require(Action.DS_SHARE_DIRECTORY);
		ShareForm form = new ShareForm();
		OrganizationSharing organization = this.organizationSharing.organizationSharing(caller);
		form.setMethod(organization.available() ? ShareMethod.ORGANIZATIONS : ShareMethod.HANDSHAKE);
		return render(caller, id, form, organization, null, model, VIEW_WIZARD);
	}

	/** Add, Remove, method switch (re-render) or Share (create the shares), as the pressed button says. */
	@PostMapping("/directories/{id}/share")
	String submit(Caller caller, @PathVariable String id, @ModelAttribute("form") ShareForm form,
			@RequestParam(defaultValue = "refresh") String action, HtmxRequest htmx, Model model) {
		if (form.getMethod() == null) {
			form.setMethod(ShareMethod.HANDSHAKE);
		}
		if (action.equals("share") && !form.getTargets().isEmpty()) {
			return share(caller, id, form, htmx, model);
		}
		caller.require(Action.DS_SHARE_DIRECTORY);
		OrganizationSharing organization = this.organizationSharing.organizationSharing(caller);
		String view = htmx.isHtmxRequest() ? VIEW_WIZARD_FORM : VIEW_WIZARD;
		Set<String> targets = new LinkedHashSet<>(form.getTargets());
		String error = null;
		if (action.equals("add")) {
			List<String> added = (form.getMethod() == ShareMethod.ORGANIZATIONS) ? List.of(form.getOrganizationAccount())
					: List.of(form.getCandidateAccountIds().split("[\\s,;]+"));
			for (String candidate : added) {
				String accountId = candidate.trim();
				if (accountId.isEmpty()) {
					continue;
				}
				if (!Account.isValidId(accountId)) {
					error = "An AWS account ID has 12 digits: " + accountId + " does not.";
					continue;
				}
				targets.add(accountId);
			}
			if (error == null) {
				form.setCandidateAccountIds("");
			}
		}
		else if (action.startsWith("remove:")) {
			targets.remove(action.substring("remove:".length()));
		}
		else if (action.equals("method")) {
			targets.clear();
		}
		else if (action.equals("share")) {
			error = "Add at least one AWS account to share with.";
		}
		form.setTargets(new ArrayList<>(targets));
		return render(caller, id, form, organization, error, model, view);
	}

	private String share(Caller caller, String id, ShareForm form, HtmxRequest htmx, Model model) {
		Directory directory = this.directories.directory(caller, id);
		ShareOutcomes shared = this.shareWithAccounts.share(caller, id, form.getMethod(), form.getTargets(),
				form.getNotes(), form.isEnableTrustedAccess());
		model.addAttribute("directory", directory);
		model.addAttribute("method", shared.method());
		model.addAttribute("outcomes", shared.outcomes());
		model.addAttribute("trustedAccessMessage", trustedAccessMessage(shared.trustedAccess()));
		model.addAttribute("succeeded", shared.succeeded());
		return htmx.isHtmxRequest() ? VIEW_RESULTS_PANEL : VIEW_RESULTS;
	}

	private static String trustedAccessMessage(ShareOutcomes.TrustedAccessStep step) {
		if (!step.asked()) {
			return null;
		}
		return step.enabled() ? "Trusted access for AWS Directory Service was enabled in your organization."
				: "Trusted access could not be enabled: " + step.refusal();
	}

	private String render(Caller caller, String id, ShareForm form, OrganizationSharing organization, String error,
			Model model, String view) {
		Directory directory = this.directories.directory(caller, id);
		model.addAttribute("directory", directory);
		model.addAttribute("form", form);
		model.addAttribute("organization", organization);
		model.addAttribute("formError", error);
		model.addAttribute("pricing", this.properties.pricing(form.getTargets().size()));
		model.addAttribute("unitPricing", this.properties.pricing(1));
		model.addAttribute("notesMax", Share.NOTES_MAX_LENGTH);
		model.addAttribute("shareLimit", this.properties.shareLimit(directory.edition()));
		return view;
	}

	@GetMapping("/directories/{id}/unshare")
	String unshareDialog(Caller caller, @PathVariable String id,
			@RequestParam(name = "sharedDirectoryId", required = false) List<String> sharedDirectoryIds, Model model,
			RedirectAttributes redirect) {
		caller.require(Action.DS_UNSHARE_DIRECTORY);
		Directory directory = this.directories.directory(caller, id);
		if (sharedDirectoryIds == null || sharedDirectoryIds.isEmpty()) {
			redirect.addFlashAttribute("message", "Select the shared directories to unshare first.");
			return "redirect:/directories/" + id + "?tab=share";
		}
		List<Share> selected = this.shares
			.describeSharedDirectories(caller, id, sharedDirectoryIds, 0, sharedDirectoryIds.size())
			.items();
		model.addAttribute("directory", directory);
		model.addAttribute("selected", selected);
		return VIEW_UNSHARE;
	}

	@PostMapping("/directories/{id}/unshare")
	String unshare(Caller caller, @PathVariable String id,
			@RequestParam(name = "sharedDirectoryId", required = false) List<String> sharedDirectoryIds,
			RedirectAttributes redirect) {
		if (sharedDirectoryIds == null || sharedDirectoryIds.isEmpty()) {
			redirect.addFlashAttribute("message", "Select the shared directories to unshare first.");
			return "redirect:/directories/" + id + "?tab=share";
		}
		int count = this.owners.unshareSharedDirectories(caller, id, sharedDirectoryIds);
		redirect.addFlashAttribute("message", "Unsharing " + count + " shared " + ((count == 1) ? "directory" : "directories")
				+ ". The status changes to Deleted in a few seconds.");
		return "redirect:/directories/" + id + "?tab=share";
	}

}
