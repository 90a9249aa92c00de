package io.dirshare.organizations;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Organization page: create one (standalone), see and leave it (member), or manage its feature
 * set and delete it (management account). The services decide who may do what.
 */
@Controller
class OrganizationController {

	static final String VIEW = "organizations/organization";

	private final OrganizationService organizations;

	private final MemberAccountService accounts;

	private final HandshakeService handshakes;

	private final FeatureSetService featureSet;

	OrganizationController(OrganizationService organizations, MemberAccountService accounts,
			HandshakeService handshakes, FeatureSetService featureSet) {
		this.organizations = organizations;
		this.accounts = accounts;
		this.handshakes = handshakes;
		this.featureSet = featureSet;
	}

	@GetMapping("/organization")
	String show(Caller caller, Model model) {
		var membership = this.organizations.membership(caller).orElse(null);
		model.addAttribute("membership", membership);
		model.addAttribute("featureSets", FeatureSet.values());
		if (membership != null) {
			model.addAttribute("description", this.organizations.describeOrganization(caller));
			if (membership.isManagementAccount()
					&& caller.can(Action.ORGANIZATIONS_LIST_HANDSHAKES_FOR_ORGANIZATION)) {
				model.addAttribute("allFeatures", this.featureSet.allFeaturesProgress(caller).orElse(null));
			}
		}
		return VIEW;
	}

	@PostMapping("/organization")
	String create(Caller caller, @RequestParam(name = "featureSet", required = false) FeatureSet featureSet,
			RedirectAttributes redirect) {
		OrganizationDescription created = this.organizations.createOrganization(caller, featureSet);
		redirect.addFlashAttribute("message", "You created organization " + created.organization().id()
				+ ". This account is now its management account.");
		return "redirect:/organization";
	}

	@PostMapping("/organization/enable-all-features")
	String enableAllFeatures(Caller caller, RedirectAttributes redirect) {
		HandshakeSummary request = this.featureSet.enableAllFeatures(caller);
		redirect.addFlashAttribute("message", request.isOpen()
				? "Enabling all features started. It takes effect when every invited member account approves."
				: "All features are enabled.");
		return "redirect:/organization";
	}

	@PostMapping("/organization/enable-all-features/cancel")
	String cancelEnableAllFeatures(Caller caller, @RequestParam String handshakeId, RedirectAttributes redirect) {
		this.handshakes.cancelHandshake(caller, handshakeId);
		redirect.addFlashAttribute("message", "The request to enable all features was canceled.");
		return "redirect:/organization";
	}

	@GetMapping("/organization/leave")
	String confirmLeave(Caller caller, Model model) {
		model.addAttribute("description", this.organizations.describeOrganization(caller));
		return "organizations/leave";
	}

	@PostMapping("/organization/leave")
	String leave(Caller caller, RedirectAttributes redirect) {
		this.accounts.leaveOrganization(caller);
		redirect.addFlashAttribute("message", "This account left the organization. It is a standalone account now.");
		return "redirect:/organization";
	}

	@GetMapping("/organization/delete")
	String confirmDelete(Caller caller, Model model) {
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		return "organizations/delete";
	}

	@PostMapping("/organization/delete")
	String delete(Caller caller, Model model, RedirectAttributes redirect) {
		try {
			this.organizations.deleteOrganization(caller);
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("deleteError", refused.getMessage());
			return confirmDelete(caller, model);
		}
		redirect.addFlashAttribute("message", "The organization was deleted. This account is a standalone account now.");
		return "redirect:/organization";
	}

}
