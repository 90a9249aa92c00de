package io.dirshare.identity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The IAM users page of the signed-in account. The service decides who may do what; the forms check
 * their input beside each field, and what the service refuses is shown above the form.
 */
@Controller
class UsersController {

	static final String VIEW_LIST = "identity/users";

	static final String VIEW_USER = "identity/user";

	/** The create-user form; never an entity. */
	static final class CreateUserForm {

		@Pattern(regexp = IamUser.USER_NAME_REGEX, message = IamUserService.USER_NAME_RULE)
		private String userName = "";

		@Size(min = IamUserService.MIN_PASSWORD_LENGTH, max = IamUserService.MAX_PASSWORD_LENGTH,
				message = IamUserService.PASSWORD_RULE)
		private String password = "";

		@NotNull(message = IamUserService.PERMISSION_SET_RULE)
		private PermissionSet permissionSet = PermissionSet.ReadOnlyAccess;

		public String getUserName() {
			return this.userName;
		}

		public void setUserName(String userName) {
			this.userName = (userName != null) ? userName.trim() : "";
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public PermissionSet getPermissionSet() {
			return this.permissionSet;
		}

		public void setPermissionSet(PermissionSet permissionSet) {
			this.permissionSet = permissionSet;
		}

	}

	/** The reset-password form of the user page. */
	static final class ResetPasswordForm {

		@Size(min = IamUserService.MIN_PASSWORD_LENGTH, max = IamUserService.MAX_PASSWORD_LENGTH,
				message = IamUserService.PASSWORD_RULE)
		private String newPassword = "";

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

	}

	private final IamUserService users;

	private final AccessKeyService accessKeys;

	private final IamPolicyService policies;

	UsersController(IamUserService users, AccessKeyService accessKeys, IamPolicyService policies) {
		this.users = users;
		this.accessKeys = accessKeys;
		this.policies = policies;
	}

	@ModelAttribute("permissionSets")
	PermissionSet[] permissionSets() {
		return PermissionSet.values();
	}

	@GetMapping("/iam/users")
	String list(Caller caller, Model model) {
		if (!model.containsAttribute("createUserForm")) {
			model.addAttribute("createUserForm", new CreateUserForm());
		}
		model.addAttribute("users", this.users.list(caller));
		model.addAttribute("policyNames", this.users.policyNamesByUser(caller));
		return VIEW_LIST;
	}

	@PostMapping("/iam/users")
	String create(Caller caller, @Valid @ModelAttribute("createUserForm") CreateUserForm form,
			BindingResult bindingResult, Model model, RedirectAttributes redirect) {
		if (bindingResult.hasErrors()) {
			return list(caller, model);
		}
		try {
			IamUser created = this.users.create(caller, form.getUserName(), form.getPassword(), form.getPermissionSet());
			redirect.addFlashAttribute("message", "User " + created.userName() + " was created.");
			return "redirect:/iam/users";
		}
		catch (AwsException refused) {
			showBesideForm(refused, "createError", model);
			return list(caller, model);
		}
	}

	@GetMapping("/iam/users/{userName}")
	String show(Caller caller, @PathVariable String userName, Model model) {
		IamUser user = this.users.get(caller, userName);
		if (!model.containsAttribute("resetPasswordForm")) {
			model.addAttribute("resetPasswordForm", new ResetPasswordForm());
		}
		model.addAttribute("user", user);
		// Users who may not list keys see no panel (the template hides it), so they get no keys either.
		model.addAttribute("accessKeys",
				caller.can(Action.IAM_LIST_ACCESS_KEYS) ? this.accessKeys.list(caller, user.userName()) : List.of());
		model.addAttribute("maxAccessKeys", AccessKey.MAX_PER_USER);
		model.addAttribute("attachedPolicies", caller.can(Action.IAM_LIST_ATTACHED_USER_POLICIES)
				? this.policies.attachedTo(caller, user.userName()) : List.of());
		model.addAttribute("maxAttachedPolicies", UserPolicyAttachments.MAX_PER_USER);
		return VIEW_USER;
	}

	@PostMapping("/iam/users/{userName}/password")
	String resetPassword(Caller caller, @PathVariable String userName,
			@Valid @ModelAttribute("resetPasswordForm") ResetPasswordForm form, BindingResult bindingResult, Model model,
			RedirectAttributes redirect) {
		if (bindingResult.hasErrors()) {
			return show(caller, userName, model);
		}
		try {
			this.users.resetPassword(caller, userName, form.getNewPassword());
		}
		catch (AwsException refused) {
			showBesideForm(refused, "passwordError", model);
			return show(caller, userName, model);
		}
		redirect.addFlashAttribute("message", "The password of " + userName + " was reset.");
		return "redirect:/iam/users/{userName}";
	}

	@PostMapping("/iam/users/{userName}/delete")
	String delete(Caller caller, @PathVariable String userName, Model model, RedirectAttributes redirect) {
		try {
			this.users.delete(caller, userName);
		}
		catch (AwsException refused) {
			showBesideForm(refused, "deleteError", model);
			return show(caller, userName, model);
		}
		redirect.addFlashAttribute("message", "User " + userName + " was deleted.");
		return "redirect:/iam/users";
	}

	@PostMapping("/iam/users/{userName}/sessions/end")
	String endSessions(Caller caller, @PathVariable String userName, RedirectAttributes redirect) {
		int ended = this.users.endSessions(caller, userName);
		redirect.addFlashAttribute("message", (ended == 1) ? "1 session was signed out."
				: ended + " sessions were signed out.");
		return "redirect:/iam/users/{userName}";
	}

	/**
	 * Bad input and refusals by state (duplicate name, last administrator) are shown beside the form;
	 * anything else (access denied, no such user) becomes the error page.
	 */
	private static void showBesideForm(AwsException refused, String attribute, Model model) {
		if (!refused.isFormError()) {
			throw refused;
		}
		model.addAttribute(attribute, refused.getMessage());
	}

}
