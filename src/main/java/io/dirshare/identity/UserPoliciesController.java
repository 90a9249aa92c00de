package io.dirshare.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Permissions policies" of an IAM user: "Add permissions" attaches the policies picked on a page of
 * their own, "Remove" detaches one.
 */
@Controller
class UserPoliciesController {

	static final String VIEW_ADD = "identity/add-permissions";

	private final IamPolicyService policies;

	private final IamUserService users;

	UserPoliciesController(IamPolicyService policies, IamUserService users) {
		this.policies = policies;
		this.users = users;
	}

	@GetMapping("/iam/users/{userName}/add-permissions")
	String addPermissions(Caller caller, @PathVariable String userName, Model model) {
		IamUser user = this.users.get(caller, userName);
		List<PolicySummary> attached = this.policies.attachedTo(caller, user.userName());
		Set<String> attachedArns = attached.stream().map(PolicySummary::arn).collect(Collectors.toSet());
		model.addAttribute("user", user);
		model.addAttribute("attachedCount", attached.size());
		model.addAttribute("maxAttachedPolicies", UserPolicyAttachments.MAX_PER_USER);
		model.addAttribute("attachable", this.policies.list(caller, Optional.empty())
			.stream()
			.filter((policy) -> !attachedArns.contains(policy.arn()))
			.toList());
		return VIEW_ADD;
	}

	@PostMapping("/iam/users/{userName}/policies")
	String attach(Caller caller, @PathVariable String userName,
			@RequestParam(name = "policyArn", required = false) List<String> policyArns, Model model,
			RedirectAttributes redirect) {
		if (policyArns == null || policyArns.isEmpty()) {
			model.addAttribute("attachError", "Choose at least one policy to attach.");
			return addPermissions(caller, userName, model);
		}
		try {
			this.policies.attachAll(caller, userName, policyArns);
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("attachError", refused.getMessage());
			return addPermissions(caller, userName, model);
		}
		redirect.addFlashAttribute("message", (policyArns.size() == 1) ? "1 policy was attached to " + userName + "."
				: policyArns.size() + " policies were attached to " + userName + ".");
		return "redirect:/iam/users/{userName}";
	}

	@PostMapping("/iam/users/{userName}/policies/detach")
	String detach(Caller caller, @PathVariable String userName, @RequestParam String policyArn,
			RedirectAttributes redirect) {
		try {
			this.policies.detach(caller, userName, policyArn);
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("policiesError", refused.getMessage());
			return "redirect:/iam/users/{userName}";
		}
		redirect.addFlashAttribute("message",
				policyArn.substring(policyArn.lastIndexOf('/') + 1) + " was removed from " + userName + ".");
		return "redirect:/iam/users/{userName}";
	}

}
