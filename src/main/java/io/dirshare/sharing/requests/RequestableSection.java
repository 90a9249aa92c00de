package io.dirshare.sharing.requests;

import jakarta.validation.Valid;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.directories.Directory;
import io.dirshare.sharing.ScaleAndShareSection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Requestable by accounts of the organization" on a directory's Scale &amp; share tab, per Region: the
 * owner's description and the switch that starts and stops it.
 */
@Controller
class RequestableSection implements ScaleAndShareSection {

	private final RequestableDirectories requestable;

	RequestableSection(RequestableDirectories requestable) {
		this.requestable = requestable;
	}

	@Override
	public void addTo(Model model, Caller caller, Directory directory) {
		if (!caller.can(Action.DS_DESCRIBE_SHARED_DIRECTORIES)) {
			return;
		}
		String description = this.requestable.description(caller, directory.id()).orElse(null);
		model.addAttribute("requestableDescription", description);
		// After a refused post the page shows what was typed, with the refusal beside it.
		if (!model.containsAttribute("requestableText")) {
			model.addAttribute("requestableText", (description != null) ? description : "");
		}
		model.addAttribute("requestableShown", true);
	}

	@PostMapping("/directories/{id}/requestable")
	String offer(Caller caller, @PathVariable String id, @Valid @ModelAttribute("requestableForm") TextForm form,
			BindingResult result, RedirectAttributes redirect) {
		// Flash attributes live in the session, so the refusal travels as words, not as a BindingResult.
		if (result.hasErrors()) {
			redirect.addFlashAttribute("requestableError", "Describe what the directory is for (at most "
					+ AccessRequest.TEXT_MAX_LENGTH + " characters), so that accounts know what they ask for.");
			redirect.addFlashAttribute("requestableText", form.getText());
			return back(caller);
		}
		try {
			this.requestable.offer(caller, id, form.getText());
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("requestableError", refused.getMessage());
			redirect.addFlashAttribute("requestableText", form.getText());
			return back(caller);
		}
		redirect.addFlashAttribute("message", "Accounts of your organization can now request access to " + id + " in "
				+ caller.region().code() + ".");
		return back(caller);
	}

	@PostMapping("/directories/{id}/requestable/stop")
	String withdraw(Caller caller, @PathVariable String id, RedirectAttributes redirect) {
		try {
			this.requestable.withdraw(caller, id);
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("flashError", refused.getMessage());
			return back(caller);
		}
		redirect.addFlashAttribute("message", "Accounts of your organization can no longer request access to " + id
				+ " in " + caller.region().code() + ". Open requests can still be decided.");
		return back(caller);
	}

	private static String back(Caller caller) {
		return "redirect:/directories/{id}?tab=share&region=" + caller.region().code();
	}

}
