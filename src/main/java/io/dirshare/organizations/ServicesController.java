package io.dirshare.organizations;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The integrated services page: trusted access for AWS Directory Service. As in the AWS Organizations
 * console, it is enabled from the Directory Service's side (sharing a directory with the organization
 * enables it) and can be disabled here, after a ticked box and the word
 * {@value TrustedAccessService#DISABLE_CONFIRMATION_WORD}, checked here and by the service.
 */
@Controller
class ServicesController {

	static final String VIEW_DISABLE = "organizations/disable-trusted-access";

	/** The disable form: both the ticked box and the typed word, like the AWS console asks. */
	static final class DisableTrustedAccessForm {

		@AssertTrue(message = "Tick \"Show the option to disable trusted access\" first.")
		private boolean showDisable;

		@Pattern(regexp = "(?i)" + TrustedAccessService.DISABLE_CONFIRMATION_WORD,
				message = TrustedAccessService.CONFIRMATION_RULE)
		private String confirmation = "";

		public boolean isShowDisable() {
			return this.showDisable;
		}

		public void setShowDisable(boolean showDisable) {
			this.showDisable = showDisable;
		}

		public String getConfirmation() {
			return this.confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = (confirmation != null) ? confirmation.trim() : "";
		}

	}

	private final OrganizationService organizations;

	private final TrustedAccessService trustedAccess;

	ServicesController(OrganizationService organizations, TrustedAccessService trustedAccess) {
		this.organizations = organizations;
		this.trustedAccess = trustedAccess;
	}

	@GetMapping("/organization/services")
	String services(Caller caller, Model model) {
		addTrustedAccess(caller, model);
		return "organizations/services";
	}

	/**
	 * The AWS Directory Service entry of the integrated services, as a page for browsers without
	 * JavaScript (the Services page opens it as a dialog). Trusted access is enabled from the Directory
	 * Service's side, by sharing; here it can only be disabled.
	 */
	@GetMapping({ "/organization/services/directory-service", "/organization/services/directory-service/disable" })
	String directoryService(Caller caller, Model model) {
		addTrustedAccess(caller, model);
		return VIEW_DISABLE;
	}

	private void addTrustedAccess(Caller caller, Model model) {
		Instant enabledAt = this.trustedAccess.listServiceAccess(caller)
			.stream()
			.filter((enabled) -> enabled.servicePrincipal().equals(TrustedAccess.DIRECTORY_SERVICE))
			.map(TrustedAccess.Enabled::enabledAt)
			.findFirst()
			.orElse(null);
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		model.addAttribute("directoryServiceEnabledAt", enabledAt);
		if (!model.containsAttribute("disableForm")) {
			model.addAttribute("disableForm", new DisableTrustedAccessForm());
		}
	}

	@PostMapping("/organization/services/directory-service/disable")
	String disable(Caller caller, @Valid @ModelAttribute("disableForm") DisableTrustedAccessForm form,
			BindingResult bindingResult, Model model, RedirectAttributes redirect) {
		if (bindingResult.hasErrors()) {
			return directoryService(caller, model);
		}
		try {
			this.trustedAccess.disableTrustedAccess(caller, TrustedAccess.DIRECTORY_SERVICE, form.getConfirmation());
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("disableError", refused.getMessage());
			return directoryService(caller, model);
		}
		redirect.addFlashAttribute("message", "Trusted access for AWS Directory Service is disabled. "
				+ "Existing directory shares stay as they are.");
		return "redirect:/organization/services";
	}

}
