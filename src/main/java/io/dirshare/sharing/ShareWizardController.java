package io.dirshare.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryService;
import io.dirshare.identity.Account;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's share wizard ("Choose which AWS accounts to share with") and the Unshare dialog. The form
 * keeps its state in its own fields, so Add, Remove, the method switch and Share all work as plain form
 * posts, told apart by the button pressed; htmx only swaps the wizard in place.
 */
@Controller
class ShareWizardController {

	static final String VIEW_WIZARD = "sharing/wizard";

	static final String VIEW_WIZARD_FORM = "sharing/wizard :: wizard-form";

	static final String VIEW_RESULTS = "sharing/results";

	static final String VIEW_RESULTS_PANEL = "sharing/results :: results";

	static final String VIEW_UNSHARE = "sharing/unshare";

	static final String WIZARD = "/directories/{id}/share";

	static final String UNSHARE = "/directories/{id}/unshare";

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

	@GetMapping(WIZARD)
	String wizard(Caller caller, @PathVariable String id, Model model) {
		// Only sharing needs this action, and nothing the wizard reads asks for it.
		caller.requireCan(Action.DS_SHARE_DIRECTORY);
		OrganizationSharing organization = this.organizationSharing.organizationSharing(caller);
		ShareForm form = new ShareForm();
		form.setMethod(organization.available() ? ShareMethod.ORGANIZATIONS : ShareMethod.HANDSHAKE);
		return render(caller, id, form, organization, model, VIEW_WIZARD);
	}

	/** Without a known button (a browser that does not send it) the wizard is shown again as it is. */
	@PostMapping(WIZARD)
	String refresh(Caller caller, @PathVariable String id, @Valid @ModelAttribute("form") ShareForm form,
			BindingResult binding, HtmxRequest htmx, Model model) {
		form.followMethodSwitchIfShown();
		return step(caller, id, form, htmx, model);
	}

	@PostMapping(path = WIZARD, params = "action=method")
	String switchMethod(Caller caller, @PathVariable String id, @Valid @ModelAttribute("form") ShareForm form,
			BindingResult binding, HtmxRequest htmx, Model model) {
		// Accounts picked for one method are not valid targets of the other: they wait until it is chosen again.
		form.followMethodSwitch();
		return step(caller, id, form, htmx, model);
	}

	/** Adds what was typed or picked; Enter in the account ID field means Add too. */
	@PostMapping(path = WIZARD, params = "action=add")
	String add(Caller caller, @PathVariable String id, @Valid @ModelAttribute("form") ShareForm form,
			BindingResult binding, HtmxRequest htmx, Model model) {
		if (!form.followMethodSwitchIfShown()) {
			addCandidates(caller, id, form, binding);
		}
		return step(caller, id, form, htmx, model);
	}

	/**
	 * Moves the typed or picked accounts to the list, refusing beside the field what can only fail:
	 * not an account ID, the owner's own account, an account the directory is already shared with in
	 * this Region, an organization account while trusted access is off and cannot be enabled.
	 */
	private void addCandidates(Caller caller, String id, ShareForm form, BindingResult binding) {
		String field = candidateField(form);
		List<String> candidates = form.candidates();
		if (candidates.isEmpty()) {
			return;
		}
		if (form.getMethod() == ShareMethod.ORGANIZATIONS) {
			Optional<String> refusal = this.organizationSharing.organizationSharing(caller).refusalBeforeAdding();
			if (refusal.isPresent()) {
				binding.rejectValue(field, "organization", refusal.get());
				return;
			}
		}
		Map<String, ShareStatus> live = this.shareWithAccounts.liveSharesInRegion(caller, id);
		List<String> targets = new ArrayList<>(form.getTargets());
		List<String> kept = new ArrayList<>();
		for (String accountId : candidates) {
			if (!Account.isValidId(accountId)) {
				binding.rejectValue(field, "accountId", "An AWS account ID has 12 digits: " + accountId + " does not.");
				kept.add(accountId);
				continue;
			}
			Optional<String> refusal = this.shareWithAccounts.refusalBeforeSharing(caller, accountId, live);
			if (refusal.isPresent()) {
				binding.rejectValue(field, "refused", refusal.get());
				kept.add(accountId);
			}
			else {
				targets.add(accountId);
			}
		}
		form.setTargets(targets);
		if (form.getMethod() == ShareMethod.HANDSHAKE) {
			// What was refused stays in the field to be corrected; what was added leaves it.
			form.setCandidateAccountIds(String.join(" ", kept));
		}
	}

	private static String candidateField(ShareForm form) {
		return (form.getMethod() == ShareMethod.ORGANIZATIONS) ? "organizationAccount" : "candidateAccountIds";
	}

	@PostMapping(path = WIZARD, params = "removeAccount")
	String remove(Caller caller, @PathVariable String id, @Valid @ModelAttribute("form") ShareForm form,
			BindingResult binding, @RequestParam("removeAccount") String remove, HtmxRequest htmx, Model model) {
		form.getTargets().remove(remove);
		model.addAttribute("removed", remove);
		return step(caller, id, form, htmx, model);
	}

	@PostMapping(path = WIZARD, params = "action=share")
	String share(Caller caller, @PathVariable String id, @Valid @ModelAttribute("form") ShareForm form,
			BindingResult binding, HtmxRequest htmx, Model model) {
		if (form.followMethodSwitchIfShown()) {
			// The method was changed without the page following: show its accounts before sharing.
			return step(caller, id, form, htmx, model);
		}
		// An ID typed but not added is added now, or flagged beside its field.
		if (form.getMethod() == ShareMethod.HANDSHAKE && !form.candidates().isEmpty()) {
			addCandidates(caller, id, form, binding);
		}
		if (form.getTargets().isEmpty() && !binding.hasFieldErrors(candidateField(form))) {
			binding.rejectValue("targets", "NotEmpty", "Add at least one AWS account to share with.");
		}
		if (form.getMethod() == ShareMethod.ORGANIZATIONS && !form.getTargets().isEmpty()) {
			this.organizationSharing.organizationSharing(caller)
				.refusalBeforeSharing(form.isEnableTrustedAccess())
				.ifPresent((refusal) -> binding.rejectValue("enableTrustedAccess", "trustedAccess", refusal));
		}
		if (binding.hasErrors()) {
			return step(caller, id, form, htmx, model);
		}
		Directory directory = this.directories.directory(caller, id);
		ShareOutcomes shared = this.shareWithAccounts.share(caller, id, form.getMethod(), form.getTargets(),
				form.getNotes(), form.isEnableTrustedAccess());
		model.addAttribute("directory", directory);
		model.addAttribute("method", shared.method());
		model.addAttribute("outcomes", shared.outcomes());
		model.addAttribute("trustedAccessMessage", trustedAccessMessage(shared.trustedAccess()));
		model.addAttribute("trustedAccessEnabled", shared.trustedAccess().enabled());
		model.addAttribute("succeeded", shared.succeeded());
		model.addAttribute("failed", shared.failed());
		return htmx.isHtmxRequest() ? VIEW_RESULTS_PANEL : VIEW_RESULTS;
	}

	private String step(Caller caller, String id, ShareForm form, HtmxRequest htmx, Model model) {
		caller.requireCan(Action.DS_SHARE_DIRECTORY);
		OrganizationSharing organization = this.organizationSharing.organizationSharing(caller);
		return render(caller, id, form, organization, model, htmx.isHtmxRequest() ? VIEW_WIZARD_FORM : VIEW_WIZARD);
	}

	private String render(Caller caller, String id, ShareForm form, OrganizationSharing organization, Model model,
			String view) {
		Directory directory = this.directories.directory(caller, id);
		if (form.getShownMethod() == null) {
			form.setShownMethod(form.getMethod());
		}
		model.addAttribute("directory", directory);
		model.addAttribute("form", form);
		model.addAttribute("organization", organization);
		model.addAttribute("liveShares", this.shareWithAccounts.liveSharesInRegion(caller, id));
		model.addAttribute("pricing", this.properties.pricing(caller.region(), form.getTargets().size()));
		model.addAttribute("unitPricing", this.properties.pricing(caller.region(), 1));
		model.addAttribute("notesMax", Share.NOTES_MAX_LENGTH);
		model.addAttribute("shareLimit", this.properties.shareLimit(directory.edition()));
		return view;
	}

	private static String trustedAccessMessage(ShareOutcomes.TrustedAccessStep step) {
		if (!step.asked()) {
			return null;
		}
		return step.enabled() ? "Trusted access for AWS Directory Service was enabled in your organization."
				: "Trusted access could not be enabled: " + step.refusal();
	}

	@GetMapping(UNSHARE)
	String unshareDialog(Caller caller, @PathVariable String id, @Valid UnshareForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		// The dialog only reads; without this a read-only user would be shown a dialog that must fail.
		caller.requireCan(Action.DS_UNSHARE_DIRECTORY);
		Directory directory = this.directories.directory(caller, id);
		if (binding.hasErrors()) {
			return backToSharesTab("flashError", UnshareForm.NOTHING_SELECTED, redirect);
		}
		return renderUnshare(caller, directory, form, model);
	}

	@PostMapping(UNSHARE)
	String unshare(Caller caller, @PathVariable String id, @Valid UnshareForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return backToSharesTab("flashError", UnshareForm.NOTHING_SELECTED, redirect);
		}
		int count;
		try {
			count = this.owners.unshareSharedDirectories(caller, id, form.getSharedDirectoryId());
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("formError", refused.getMessage());
			return renderUnshare(caller, this.directories.directory(caller, id), form, model);
		}
		return backToSharesTab("message", "Unsharing " + count + " shared " + ((count == 1) ? "directory" : "directories")
				+ ". The status changes to Deleted in a few seconds.", redirect);
	}

	private String renderUnshare(Caller caller, Directory directory, UnshareForm form, Model model) {
		List<String> ids = form.getSharedDirectoryId();
		model.addAttribute("directory", directory);
		model.addAttribute("selected", this.shares.describeSharedDirectories(caller, directory.id(), ids, 0, ids.size()).items());
		return VIEW_UNSHARE;
	}

	/** The rows are picked on the directory's Scale &amp; share tab, so that is where the message goes. */
	private static String backToSharesTab(String kind, String message, RedirectAttributes redirect) {
		// "flashError" is shown as an error, "message" as a success.
		redirect.addFlashAttribute(kind, message);
		return "redirect:/directories/{id}?tab=share";
	}

}
