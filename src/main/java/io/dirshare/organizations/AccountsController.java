package io.dirshare.organizations;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The management account's AWS accounts page: list, add (create or invite) and remove accounts. */
@Controller
class AccountsController {

	static final int PAGE_SIZE = 20;

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
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		model.addAttribute("tab", "create");
		return "organizations/add-account";
	}

	@PostMapping("/organization/accounts/create")
	String create(Caller caller, @RequestParam(defaultValue = "") String accountName,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			Model model, RedirectAttributes redirect) {
		try {
			CreatedAccount created = this.accounts.createAccount(caller, accountName, email, password);
			redirect.addFlashAttribute("createdAccount", created);
			return "redirect:/organization/accounts";
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("createError", refused.getMessage());
			model.addAttribute("accountName", accountName);
			model.addAttribute("email", email);
			return createForm(caller, model);
		}
	}

	@GetMapping("/organization/accounts/invite")
	String inviteForm(Caller caller, Model model) {
		model.addAttribute("organization", this.organizations.managedOrganization(caller));
		model.addAttribute("tab", "invite");
		return "organizations/add-account";
	}

	@PostMapping("/organization/accounts/invite")
	String invite(Caller caller, @RequestParam(defaultValue = "") String target,
			@RequestParam(defaultValue = "") String notes, Model model, RedirectAttributes redirect) {
		try {
			HandshakeSummary invitation = this.handshakes.inviteAccount(caller, target, notes);
			redirect.addFlashAttribute("message", "You invited account " + invitation.targetAccount().id()
					+ ". It joins when its administrator accepts the invitation.");
			return "redirect:/organization/invitations";
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("inviteError", refused.getMessage());
			model.addAttribute("target", target);
			model.addAttribute("notes", notes);
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

}
