package io.dirshare.organizations;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.OrganizationsError;

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
 * The Policies page of the management account: the service control policy type of the root (enable,
 * disable), the SCPs (create, edit, delete) and, per policy, its targets (attach to the root or an
 * account, detach). A member account sees, read-only, the SCPs that apply to it. The service decides who
 * may do what; its refusals are shown beside the field they concern or above the form.
 */
@Controller
class ServiceControlPoliciesController {

	static final String VIEW_LIST = "organizations/policies";

	static final String VIEW_FORM = "organizations/policy-form";

	static final String VIEW_DETAIL = "organizations/policy";

	static final String VIEW_IN_EFFECT = "organizations/policies-in-effect";

	/** Create and edit: the name, an optional description and the JSON document. */
	static final class PolicyForm {

		@NotBlank(message = "Enter a name for the policy.")
		@Size(max = 128, message = "A policy's name has at most 128 characters.")
		private String name = "";

		@Size(max = 512, message = "A policy's description has at most 512 characters.")
		private String description = "";

		@NotBlank(message = "Enter the policy document (JSON).")
		private String content = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = (name != null) ? name.trim() : "";
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = (description != null) ? description.trim() : "";
		}

		public String getContent() {
			return this.content;
		}

		public void setContent(String content) {
			this.content = (content != null) ? content : "";
		}

		static PolicyForm of(ServiceControlPolicy policy) {
			PolicyForm form = new PolicyForm();
			form.setName(policy.name());
			form.setDescription(policy.description());
			form.setContent(policy.content());
			return form;
		}

	}

	/** A new policy starts from what FullAWSAccess allows, for the admin to narrow. */
	static final String STARTING_DOCUMENT = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {
			      "Sid": "Statement1",
			      "Effect": "Deny",
			      "Action": [],
			      "Resource": "*"
			    }
			  ]
			}""";

	private final OrganizationService organizations;

	private final ServiceControlPolicyService policies;

	private final OrganizationRootService roots;

	ServiceControlPoliciesController(OrganizationService organizations, ServiceControlPolicyService policies,
			OrganizationRootService roots) {
		this.organizations = organizations;
		this.policies = policies;
		this.roots = roots;
	}

	@GetMapping("/organization/policies")
	String list(Caller caller, Model model) {
		if (!caller.isManagementAccount()) {
			model.addAttribute("levels", this.policies.policiesInEffect(caller));
			model.addAttribute("membership", this.organizations.membership(caller).orElse(null));
			return VIEW_IN_EFFECT;
		}
		Organization organization = this.organizations.managedOrganization(caller);
		model.addAttribute("organization", organization);
		model.addAttribute("enabled", this.policies.isEnabled(caller));
		model.addAttribute("policies", caller.can(Action.ORGANIZATIONS_LIST_POLICIES) ? this.policies.listPolicies(caller)
				: List.of());
		return VIEW_LIST;
	}

	@PostMapping("/organization/policies/enable")
	String enable(Caller caller, RedirectAttributes redirect) {
		return changeType(caller, true, redirect);
	}

	@PostMapping("/organization/policies/disable")
	String disable(Caller caller, RedirectAttributes redirect) {
		return changeType(caller, false, redirect);
	}

	private String changeType(Caller caller, boolean enable, RedirectAttributes redirect) {
		String rootId = this.organizations.managedOrganization(caller).rootId();
		try {
			if (enable) {
				this.roots.enablePolicyType(caller, rootId, ServiceControlPolicy.TYPE);
				redirect.addFlashAttribute("message", "Service control policies are enabled. FullAWSAccess is attached "
						+ "to the root and every account, so nothing is denied until you attach a narrower policy.");
			}
			else {
				this.roots.disablePolicyType(caller, rootId, ServiceControlPolicy.TYPE);
				redirect.addFlashAttribute("message",
						"Service control policies are disabled. Every SCP was detached from the root and the accounts.");
			}
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/organization/policies";
	}

	@GetMapping("/organization/policies/create")
	String createForm(Caller caller, Model model) {
		this.organizations.managedOrganization(caller);
		PolicyForm form = new PolicyForm();
		form.setContent(STARTING_DOCUMENT);
		model.addAttribute("policyForm", form);
		return VIEW_FORM;
	}

	@PostMapping("/organization/policies/create")
	String create(Caller caller, @Valid @ModelAttribute("policyForm") PolicyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ServiceControlPolicy created = this.policies.createPolicy(caller, form.getName(), form.getDescription(),
						form.getContent(), Map.of());
				redirect.addFlashAttribute("message", "Policy " + created.name() + " was created. Attach it to the "
						+ "root or an account to let it cap what they may do.");
				return "redirect:/organization/policies/" + created.id();
			}
			catch (AwsException refused) {
				reject(refused, result);
			}
		}
		return VIEW_FORM;
	}

	@GetMapping("/organization/policies/{policyId}")
	String detail(Caller caller, @PathVariable String policyId, Model model) {
		ServiceControlPolicy policy = this.policies.describePolicy(caller, policyId);
		List<PolicyTarget> targets = this.policies.listTargetsForPolicy(caller, policyId);
		model.addAttribute("policy", policy);
		model.addAttribute("targets", targets);
		model.addAttribute("enabled", this.policies.isEnabled(caller));
		model.addAttribute("attachable", this.policies.targets(caller)
			.stream()
			.filter((target) -> targets.stream().noneMatch((attached) -> attached.id().equals(target.id())))
			.toList());
		return VIEW_DETAIL;
	}

	@GetMapping("/organization/policies/{policyId}/edit")
	String editForm(Caller caller, @PathVariable String policyId, Model model) {
		ServiceControlPolicy policy = this.policies.describePolicy(caller, policyId);
		model.addAttribute("policy", policy);
		model.addAttribute("policyForm", PolicyForm.of(policy));
		return VIEW_FORM;
	}

	@PostMapping("/organization/policies/{policyId}/edit")
	String edit(Caller caller, @PathVariable String policyId, @Valid @ModelAttribute("policyForm") PolicyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ServiceControlPolicy updated = this.policies.updatePolicy(caller, policyId, form.getName(),
						form.getDescription(), form.getContent());
				redirect.addFlashAttribute("message", "Policy " + updated.name() + " was saved.");
				return "redirect:/organization/policies/" + updated.id();
			}
			catch (AwsException refused) {
				reject(refused, result);
			}
		}
		model.addAttribute("policy", this.policies.describePolicy(caller, policyId));
		return VIEW_FORM;
	}

	@PostMapping("/organization/policies/{policyId}/delete")
	String delete(Caller caller, @PathVariable String policyId, RedirectAttributes redirect) {
		ServiceControlPolicy policy = this.policies.describePolicy(caller, policyId);
		return refusedOnDetail(policyId, redirect, () -> {
			this.policies.deletePolicy(caller, policyId);
			redirect.addFlashAttribute("message", "Policy " + policy.name() + " was deleted.");
			return "redirect:/organization/policies";
		});
	}

	@PostMapping("/organization/policies/{policyId}/attach")
	String attach(Caller caller, @PathVariable String policyId, @RequestParam(defaultValue = "") String targetId,
			RedirectAttributes redirect) {
		return refusedOnDetail(policyId, redirect, () -> {
			this.policies.attachPolicy(caller, policyId, targetId);
			redirect.addFlashAttribute("message", "The policy is attached to " + targetId + ".");
			return "redirect:/organization/policies/" + policyId;
		});
	}

	@PostMapping("/organization/policies/{policyId}/detach")
	String detach(Caller caller, @PathVariable String policyId, @RequestParam(defaultValue = "") String targetId,
			RedirectAttributes redirect) {
		return refusedOnDetail(policyId, redirect, () -> {
			this.policies.detachPolicy(caller, policyId, targetId);
			redirect.addFlashAttribute("message", "The policy is detached from " + targetId + ".");
			return "redirect:/organization/policies/" + policyId;
		});
	}

	/** Runs a change; a refusal the admin can act on goes back to the policy's page, above everything. */
	private static String refusedOnDetail(String policyId, RedirectAttributes redirect,
			java.util.function.Supplier<String> change) {
		try {
			return change.get();
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("flashError", refused.getMessage());
			return "redirect:/organization/policies/" + policyId;
		}
	}

	/** Puts a refusal beside the field it concerns: the name, or the document. */
	private static void reject(AwsException refused, BindingResult result) {
		if (!refused.isFormError()) {
			throw refused;
		}
		boolean aboutName = refused.error() == OrganizationsError.DUPLICATE_POLICY
				|| (refused.error() == OrganizationsError.INVALID_INPUT
						&& !"IMMUTABLE_POLICY".equals(refused.extraMembers().get("Reason")));
		boolean aboutContent = refused.error() == OrganizationsError.MALFORMED_POLICY_DOCUMENT
				|| "POLICY_CONTENT_LIMIT_EXCEEDED".equals(refused.extraMembers().get("Reason"));
		if (aboutName) {
			result.rejectValue("name", refused.errorCode(), refused.getMessage());
		}
		else if (aboutContent) {
			result.rejectValue("content", refused.errorCode(), refused.getMessage());
		}
		else {
			result.reject(refused.errorCode(), refused.getMessage());
		}
	}

}
