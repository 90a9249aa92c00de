package io.dirshare.organizations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.identity.IamUserService;

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
 * The management account's AWS accounts page: list, add (create or invite) and remove accounts. The
 * add forms check their input beside each field; what the service refuses is shown above the form.
 */
@Controller
class AccountsController {

	static final int PAGE_SIZE = 20;

	static final String VIEW_ADD_ACCOUNT = "organizations/add-account";

	/** The create-account form; a blank password has the service generate one. */
	static final class CreateAccountForm {

		@Size(min = 1, max = MemberAccountService.MAX_ACCOUNT_NAME_LENGTH,
				message = MemberAccountService.ACCOUNT_NAME_RULE)
		private String accountName = "";

		@Size(max = MemberAccountService.MAX_EMAIL_LENGTH, message = MemberAccountService.EMAIL_RULE)
		@Pattern(regexp = MemberAccountService.EMAIL_REGEX, message = MemberAccountService.EMAIL_RULE)
		private String email = "";

		@Pattern(regexp = "(.{" + IamUserService.MIN_PASSWORD_LENGTH + "," + IamUserService.MAX_PASSWORD_LENGTH + "})?",
				flags = Pattern.Flag.DOTALL, message = IamUserService.PASSWORD_RULE)
		private String password = "";

		public String getAccountName() {
			return this.accountName;
		}

		public void setAccountName(String accountName) {
			this.accountName = trim(accountName);
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = trim(email);
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = (password != null) ? password : "";
		}

	}

	/** The invite form: an account ID or an email address, and an optional note. */
	static final class InviteAccountForm {

		@Pattern(regexp = HandshakeService.INVITE_TARGET_REGEX, flags = Pattern.Flag.DOTALL,
				message = HandshakeService.INVITE_TARGET_RULE)
		private String target = "";

		@Size(max = Handshake.MAX_NOTES_LENGTH, message = HandshakeService.NOTES_RULE)
		private String notes = "";

		public String getTarget() {
			return this.target;
		}

		public void setTarget(String target) {
			this.target = trim(target);
		}

		public String getNotes() {
			return this.notes;
		}

		public void setNotes(String notes) {
			this.notes = (notes != null) ? notes : "";
		}

	}

	private final OrganizationService organizations;

	private final MemberAccountService accounts;

	private final HandshakeService handshakes;

	AccountsController(OrganizationService organizations, MemberAccountService accounts, HandshakeService handshakes) {
		this.organizations = organizations;
		this.accounts = accounts;
		this.handshakes = handshakes;
	}

	@GetMapping("/organization/accounts")
	String list(Caller caller, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String order,
			Model model) {
		boolean byId = "id".equals(sort);
		boolean descending = "desc".equals(order);
		AccountSort accountSort = byId ? (descending ? AccountSort.ID_DESC : AccountSort.ID_ASC)
				: (descending ? AccountSort.NAME_DESC : AccountSort.NAME_ASC);
		model.addAttribute("accounts", this.accounts.listAccounts(caller, accountSort, page, PAGE_SIZE));
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		model.addAttribute("sort", byId ? "id" : "name");
		model.addAttribute("order", descending ? "desc" : "asc");
		return "organizations/accounts";
	}

	@GetMapping("/organization/accounts/add")
	String add() {
		return "redirect:/organization/accounts/create";
	}

	@GetMapping("/organization/accounts/create")
	String createForm(Caller caller, Model model) {
		if (!model.containsAttribute("createAccountForm")) {
			model.addAttribute("createAccountForm", new CreateAccountForm());
		}
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		model.addAttribute("tab", "create");
		return VIEW_ADD_ACCOUNT;
	}

	@PostMapping("/organization/accounts/create")
	String create(Caller caller, @Valid @ModelAttribute("createAccountForm") CreateAccountForm form,
			BindingResult bindingResult, Model model, RedirectAttributes redirect) {
		if (bindingResult.hasErrors()) {
			return createForm(caller, model);
		}
		try {
			CreatedAccount created = this.accounts.createAccount(caller, form.getAccountName(), form.getEmail(),
					form.getPassword());
			redirect.addFlashAttribute("createdAccount", created);
			return "redirect:/organization/accounts";
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("createError", refused.getMessage());
			return createForm(caller, model);
		}
	}

	@GetMapping("/organization/accounts/invite")
	String inviteForm(Caller caller, Model model) {
		if (!model.containsAttribute("inviteAccountForm")) {
			model.addAttribute("inviteAccountForm", new InviteAccountForm());
		}
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		model.addAttribute("tab", "invite");
		return VIEW_ADD_ACCOUNT;
	}

	@PostMapping("/organization/accounts/invite")
	String invite(Caller caller, @Valid @ModelAttribute("inviteAccountForm") InviteAccountForm form,
			BindingResult bindingResult, Model model, RedirectAttributes redirect) {
		if (bindingResult.hasErrors()) {
			return inviteForm(caller, model);
		}
		try {
			HandshakeSummary invitation = this.handshakes.inviteAccount(caller, form.getTarget(), form.getNotes());
			redirect.addFlashAttribute("message", "You invited account " + invitation.targetAccount().id()
					+ ". It joins when its administrator accepts the invitation.");
			return "redirect:/organization/invitations";
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("inviteError", refused.getMessage());
			return inviteForm(caller, model);
		}
	}

	@GetMapping("/organization/accounts/{accountId}/remove")
	String confirmRemove(Caller caller, @PathVariable String accountId, Model model) {
		model.addAttribute("account", this.accounts.describeAccount(caller, accountId));
		return "organizations/remove-account";
	}

	@PostMapping("/organization/accounts/{accountId}/remove")
	String remove(Caller caller, @PathVariable String accountId, RedirectAttributes redirect) {
		this.accounts.removeAccount(caller, accountId);
		redirect.addFlashAttribute("message", "Account " + accountId + " was removed from the organization.");
		return "redirect:/organization/accounts";
	}

	/** Browsers send what was typed; the services compare names, emails and IDs without the spaces around them. */
	private static String trim(String value) {
		return (value != null) ? value.trim() : "";
	}

}
