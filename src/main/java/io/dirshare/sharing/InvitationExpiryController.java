package io.dirshare.sharing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.OrganizationsError;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's "Share invitations" setting, under Organization › Services: whether HANDSHAKE
 * share invitations expire, and after how many days.
 */
@Controller
class InvitationExpiryController {

	static final String PATH = "/organization/services/share-invitations";

	static final String VIEW = "sharing/invitation-expiry";

	/** The setting's form: {@code days} counts only while {@code expire} is ticked. */
	static final class InvitationExpiryForm {

		private boolean expire;

		@Min(value = InvitationExpiry.MIN_DAYS, message = "Enter a number of days from {value} to 30.")
		@Max(value = InvitationExpiry.MAX_DAYS, message = "Enter a number of days from 1 to {value}.")
		private Integer days;

		public boolean isExpire() {
			return this.expire;
		}

		public void setExpire(boolean expire) {
			this.expire = expire;
		}

		public Integer getDays() {
			return this.days;
		}

		public void setDays(Integer days) {
			this.days = days;
		}

	}

	private final InvitationExpiry expiry;

	InvitationExpiryController(InvitationExpiry expiry) {
		this.expiry = expiry;
	}

	@GetMapping(PATH)
	String show(Caller caller, Model model) {
		InvitationExpiry.Setting setting = setting(caller);
		InvitationExpiryForm form = new InvitationExpiryForm();
		form.setExpire(setting.enabled());
		form.setDays(setting.enabled() ? setting.days() : 7);
		model.addAttribute("form", form);
		model.addAttribute("setting", setting);
		return VIEW;
	}

	@PostMapping(PATH)
	String save(Caller caller, @Valid @ModelAttribute("form") InvitationExpiryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.isExpire() && form.getDays() == null) {
			result.rejectValue("days", "required", "Enter after how many days invitations expire (1 to 30).");
		}
		if (result.hasErrors() && form.isExpire()) {
			model.addAttribute("setting", setting(caller));
			return VIEW;
		}
		try {
			this.expiry.set(caller, form.isExpire() ? form.getDays() : null);
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("formError", refused.getMessage());
			model.addAttribute("setting", setting(caller));
			return VIEW;
		}
		redirect.addFlashAttribute("message", form.isExpire()
				? "Share invitations sent from now on expire after " + form.getDays() + " days."
				: "Share invitations sent from now on do not expire.");
		return "redirect:" + PATH;
	}

	private InvitationExpiry.Setting setting(Caller caller) {
		return this.expiry.setting(caller)
			.orElseThrow(() -> OrganizationsError.NOT_IN_USE.exception("Your account is not a member of an organization."));
	}

}
