package io.dirshare.identity;

import jakarta.servlet.http.HttpServletResponse;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Access keys" panel of an IAM user's page. A new key's secret is rendered straight into the
 * response of the creating request (never into the session or a redirect) and cannot be shown again.
 */
@Controller
class AccessKeysController {

	static final String VIEW_CREATED = "identity/access-key-created";

	private final AccessKeyService accessKeys;

	AccessKeysController(AccessKeyService accessKeys) {
		this.accessKeys = accessKeys;
	}

	@PostMapping("/iam/users/{userName}/access-keys")
	String create(Caller caller, @PathVariable String userName, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("created", this.accessKeys.create(caller, userName));
		}
		catch (AwsException refused) {
			return refusedOnUserPage(refused, redirect);
		}
		response.setHeader("Cache-Control", "no-store");
		return VIEW_CREATED;
	}

	@PostMapping("/iam/users/{userName}/access-keys/{accessKeyId}/deactivate")
	String deactivate(Caller caller, @PathVariable String userName, @PathVariable String accessKeyId,
			RedirectAttributes redirect) {
		this.accessKeys.updateStatus(caller, userName, accessKeyId, AccessKey.Status.Inactive);
		redirect.addFlashAttribute("message", "Access key " + accessKeyId + " was deactivated.");
		return "redirect:/iam/users/{userName}";
	}

	@PostMapping("/iam/users/{userName}/access-keys/{accessKeyId}/activate")
	String activate(Caller caller, @PathVariable String userName, @PathVariable String accessKeyId,
			RedirectAttributes redirect) {
		this.accessKeys.updateStatus(caller, userName, accessKeyId, AccessKey.Status.Active);
		redirect.addFlashAttribute("message", "Access key " + accessKeyId + " was activated.");
		return "redirect:/iam/users/{userName}";
	}

	@PostMapping("/iam/users/{userName}/access-keys/{accessKeyId}/delete")
	String delete(Caller caller, @PathVariable String userName, @PathVariable String accessKeyId,
			RedirectAttributes redirect) {
		this.accessKeys.delete(caller, userName, accessKeyId);
		redirect.addFlashAttribute("message", "Access key " + accessKeyId + " was deleted.");
		return "redirect:/iam/users/{userName}";
	}

	private static String refusedOnUserPage(AwsException refused, RedirectAttributes redirect) {
		if (!refused.isFormError()) {
			throw refused;
		}
		redirect.addFlashAttribute("accessKeyError", refused.getMessage());
		return "redirect:/iam/users/{userName}";
	}

}
