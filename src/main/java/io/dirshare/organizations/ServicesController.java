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
 * The integrated services page: trusted access for AWS Directory Service. Disabling asks for a ticked
 * box and the word {@value TrustedAccessService#DISABLE_CONFIRMATION_WORD}, checked here and by the service.
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
		Instant enabledAt = this.trustedAccess.listServiceAccess(caller)
			.stream()
			.filter((enabled) -> enabled.servicePrincipal().equals(TrustedAccess.DIRECTORY_SERVICE))
			.map(TrustedAccess.Enabled::enabledAt)
			.findFirst()
			.orElse(null);
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		model.addAttribute("directoryServiceEnabledAt", enabledAt);
		return "organizations/services";
	}

	@PostMapping("/organization/services/directory-service/enable")
	String enable(Caller caller, RedirectAttributes redirect) {
		try {
			this.trustedAccess.enableTrustedAccess(caller, TrustedAccess.DIRECTORY_SERVICE);
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("error", "Trusted access can't be enabled: " + refused.getMessage()
					+ " Enable all features on the Organization page first.");
			return "redirect:/organization/services";
		}
		redirect.addFlashAttribute("message", "Trusted access for AWS Directory Service is enabled.");
		return "redirect:/organization/services";
	}

	@GetMapping("/organization/services/directory-service/disable")
	String confirmDisable(Caller caller, Model model) {
		if (!model.containsAttribute("disableForm")) {
			model.addAttribute("disableForm", new DisableTrustedAccessForm());
		}
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		return VIEW_DISABLE;
	}

	@PostMapping("/organization/services/directory-service/disable")
	String disable(Caller caller, @Valid @ModelAttribute("disableForm") DisableTrustedAccessForm form,
			BindingResult bindingResult, Model model, RedirectAttributes redirect) {
		if (bindingResult.hasErrors()) {
			return confirmDisable(caller, model);
		}
		try {
			this.trustedAccess.disableTrustedAccess(caller, TrustedAccess.DIRECTORY_SERVICE, form.getConfirmation());
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("disableError", refused.getMessage());
			return confirmDisable(caller, model);
		}
		redirect.addFlashAttribute("message", "Trusted access for AWS Directory Service is disabled. "
				+ "Existing directory shares stay as they are.");
		return "redirect:/organization/services";
	}

}
