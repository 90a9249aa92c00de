package io.dirshare.identity;

import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.IamError;

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
 * IAM's Policies pages: the list (AWS managed and customer managed), "Create policy", a policy's page
 * with its versions and attached users, "Edit policy" (a new version) and "Delete policy". A malformed
 * document is shown beside the JSON editor with IAM's message.
 */
@Controller
class PoliciesController {

	static final String VIEW_LIST = "identity/policies";

	static final String VIEW_CREATE = "identity/policy-create";

	static final String VIEW_DETAIL = "identity/policy";

	static final String VIEW_EDIT = "identity/policy-edit";

	static final String STARTER_DOCUMENT = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {
			      "Effect": "Allow",
			      "Action": "ds:DescribeDirectories",
			      "Resource": "*"
			    }
			  ]
			}""";

	/** The "Create policy" form. */
	static final class CreatePolicyForm {

		@Pattern(regexp = IamPolicy.NAME_REGEX, message = IamPolicyService.NAME_RULE)
		private String policyName = "";

		@Size(max = IamPolicy.MAX_DESCRIPTION_LENGTH, message = IamPolicyService.DESCRIPTION_RULE)
		private String description = "";

		@NotBlank(message = "Enter the policy's JSON document.")
		private String document = STARTER_DOCUMENT;

		public String getPolicyName() {
			return this.policyName;
		}

		public void setPolicyName(String policyName) {
			this.policyName = (policyName != null) ? policyName.trim() : "";
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getDocument() {
			return this.document;
		}

		public void setDocument(String document) {
			this.document = document;
		}

	}

	/** The "Edit policy" form: the new version's document. */
	static final class EditPolicyForm {

		@NotBlank(message = "Enter the policy's JSON document.")
		private String document = "";

		private boolean setAsDefault = true;

		public String getDocument() {
			return this.document;
		}

		public void setDocument(String document) {
			this.document = document;
		}

		public boolean isSetAsDefault() {
			return this.setAsDefault;
		}

		public void setSetAsDefault(boolean setAsDefault) {
			this.setAsDefault = setAsDefault;
		}

	}

	private final IamPolicyService policies;

	PoliciesController(IamPolicyService policies) {
		this.policies = policies;
	}

	@GetMapping("/iam/policies")
	String list(Caller caller, @RequestParam(required = false) String type, Model model) {
		Optional<PolicyType> filter = typeFilter(type);
		model.addAttribute("policies", this.policies.list(caller, filter));
		model.addAttribute("type", filter.map(Enum::name).orElse(""));
		model.addAttribute("types", PolicyType.values());
		return VIEW_LIST;
	}

	@GetMapping("/iam/policies/create")
	String createForm(Model model) {
		if (!model.containsAttribute("createPolicyForm")) {
			model.addAttribute("createPolicyForm", new CreatePolicyForm());
		}
		return VIEW_CREATE;
	}

	@PostMapping("/iam/policies")
	String create(Caller caller, @Valid @ModelAttribute("createPolicyForm") CreatePolicyForm form,
			BindingResult bindingResult, RedirectAttributes redirect) {
		if (bindingResult.hasErrors()) {
			return VIEW_CREATE;
		}
		try {
			IamPolicy created = this.policies.create(caller, form.getPolicyName(), form.getDescription(),
					form.getDocument());
			redirect.addFlashAttribute("message", "Policy " + created.policyName() + " was created.");
			redirect.addAttribute("name", created.policyName());
			return "redirect:/iam/policies/customer/{name}";
		}
		catch (AwsException refused) {
			rejectBesideField(refused, bindingResult);
			return VIEW_CREATE;
		}
	}

	@GetMapping("/iam/policies/aws/{name}")
	String showManaged(Caller caller, @PathVariable String name, Model model) {
		model.addAttribute("policy", this.policies.get(caller, PermissionSet.AWS_MANAGED_ARN_PREFIX + name));
		return VIEW_DETAIL;
	}

	@GetMapping("/iam/policies/customer/{name}")
	String showCustomer(Caller caller, @PathVariable String name, Model model) {
		model.addAttribute("policy", this.policies.get(caller, this.policies.customerPolicyArn(caller, name)));
		return VIEW_DETAIL;
	}

	@GetMapping("/iam/policies/customer/{name}/edit")
	String editForm(Caller caller, @PathVariable String name, Model model) {
		PolicyDetail policy = this.policies.get(caller, this.policies.customerPolicyArn(caller, name));
		model.addAttribute("policy", policy);
		if (!model.containsAttribute("editPolicyForm")) {
			EditPolicyForm form = new EditPolicyForm();
			form.setDocument(policy.defaultDocument());
			model.addAttribute("editPolicyForm", form);
		}
		return VIEW_EDIT;
	}

	@PostMapping("/iam/policies/customer/{name}/versions")
	String createVersion(Caller caller, @PathVariable String name,
			@Valid @ModelAttribute("editPolicyForm") EditPolicyForm form, BindingResult bindingResult, Model model,
			RedirectAttributes redirect) {
		if (!bindingResult.hasErrors()) {
			try {
				PolicyVersion created = this.policies.createVersion(caller,
						this.policies.customerPolicyArn(caller, name), form.getDocument(), form.isSetAsDefault());
				redirect.addFlashAttribute("message", "Version " + created.versionId() + " of " + name + " was created"
						+ (created.isDefault() ? " and is the default version." : "."));
				return "redirect:/iam/policies/customer/{name}";
			}
			catch (AwsException refused) {
				rejectBesideField(refused, bindingResult);
			}
		}
		return editForm(caller, name, model);
	}

	@PostMapping("/iam/policies/customer/{name}/versions/{versionId}/default")
	String setDefault(Caller caller, @PathVariable String name, @PathVariable String versionId,
			RedirectAttributes redirect) {
		return changeVersions(redirect, () -> this.policies.setDefaultVersion(caller,
				this.policies.customerPolicyArn(caller, name), versionId),
				versionId + " is now the default version of " + name + ".");
	}

	@PostMapping("/iam/policies/customer/{name}/versions/{versionId}/delete")
	String deleteVersion(Caller caller, @PathVariable String name, @PathVariable String versionId,
			RedirectAttributes redirect) {
		return changeVersions(redirect, () -> this.policies.deleteVersion(caller,
				this.policies.customerPolicyArn(caller, name), versionId),
				"Version " + versionId + " of " + name + " was deleted.");
	}

	@PostMapping("/iam/policies/customer/{name}/delete")
	String delete(Caller caller, @PathVariable String name, RedirectAttributes redirect) {
		try {
			this.policies.delete(caller, this.policies.customerPolicyArn(caller, name));
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("deleteError", refused.getMessage());
			return "redirect:/iam/policies/customer/{name}";
		}
		redirect.addFlashAttribute("message", "Policy " + name + " was deleted.");
		return "redirect:/iam/policies";
	}

	private static String changeVersions(RedirectAttributes redirect, Runnable change, String done) {
		try {
			change.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("versionsError", refused.getMessage());
		}
		return "redirect:/iam/policies/customer/{name}";
	}

	/** A taken name belongs beside the name; a malformed or oversized document beside the editor. */
	private static void rejectBesideField(AwsException refused, BindingResult bindingResult) {
		if (!refused.isFormError()) {
			throw refused;
		}
		boolean aboutName = refused.error() == IamError.ENTITY_ALREADY_EXISTS
				|| (refused.error() == IamError.VALIDATION_ERROR && bindingResult.getTarget() instanceof CreatePolicyForm);
		bindingResult.rejectValue(aboutName ? "policyName" : "document", refused.errorCode(), refused.getMessage());
	}

	private static Optional<PolicyType> typeFilter(String type) {
		if (type == null || type.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(PolicyType.valueOf(type));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

}
