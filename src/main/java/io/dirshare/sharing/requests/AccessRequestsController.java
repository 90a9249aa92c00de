package io.dirshare.sharing.requests;

import jakarta.validation.Valid;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner account's "Access requests": Approve (a share through the sharing service; a refusal is
 * shown in words beside the request, which stays open) and Deny with a reason.
 */
@Controller
class AccessRequestsController {

	static final String PATH = "/access-requests";

	static final String VIEW_LIST = "sharing/access-requests";

	static final String VIEW_DENY = "sharing/deny-request";

	private final AccessRequests requests;

	AccessRequestsController(AccessRequests requests) {
		this.requests = requests;
	}

	@GetMapping(PATH)
	String list(Caller caller, Model model) {
		model.addAttribute("requests", this.requests.toMyAccount(caller));
		return VIEW_LIST;
	}

	@PostMapping(PATH + "/{id}/approve")
	String approve(Caller caller, @PathVariable String id, Model model, RedirectAttributes redirect) {
		AccessRequest approved;
		try {
			approved = this.requests.approve(caller, id);
		}
		catch (AwsException refused) {
			if (!AccessRequests.showsInWords(refused)) {
				throw refused;
			}
			model.addAttribute("refusedId", id);
			model.addAttribute("refusal", refused.getMessage());
			return list(caller, model);
		}
		redirect.addFlashAttribute("message", "You approved the request of account " + approved.requesterAccountId()
				+ ": " + approved.ownerDirectoryId() + " is being shared with it as " + approved.sharedDirectoryId() + ".");
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + "/{id}/deny")
	String denyForm(Caller caller, @PathVariable String id, Model model) {
		model.addAttribute("form", new TextForm());
		return denyPage(caller, id, model);
	}

	@PostMapping(PATH + "/{id}/deny")
	String deny(Caller caller, @PathVariable String id, @Valid @ModelAttribute("form") TextForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return denyPage(caller, id, model);
		}
		AccessRequest denied;
		try {
			denied = this.requests.deny(caller, id, form.getText());
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("formError", refused.getMessage());
			return denyPage(caller, id, model);
		}
		redirect.addFlashAttribute("message", "You denied the request of account " + denied.requesterAccountId() + ".");
		return "redirect:" + PATH;
	}

	private String denyPage(Caller caller, String id, Model model) {
		AccessRequest.View request = this.requests.toMyAccount(caller)
			.stream()
			.filter((candidate) -> candidate.request().id().equals(id))
			.findFirst()
			.orElseThrow(() -> DirectoryServiceError.ENTITY_DOES_NOT_EXIST
				.exception("Access request " + Echo.of(id) + " does not exist."));
		model.addAttribute("request", request);
		model.addAttribute("textMax", AccessRequest.TEXT_MAX_LENGTH);
		return VIEW_DENY;
	}

}
