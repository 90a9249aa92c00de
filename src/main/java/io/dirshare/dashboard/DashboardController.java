package io.dirshare.dashboard;

import io.dirshare.core.Caller;
import io.dirshare.identity.AccountRepository;
import io.dirshare.organizations.OrganizationQueries;
import io.dirshare.sharing.ConsumerSharingService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: what this account is, its organization, and what it can do next. */
@Controller
class DashboardController {

	private final AccountRepository accounts;

	private final OrganizationQueries organizations;

	private final ConsumerSharingService consumers;

	DashboardController(AccountRepository accounts, OrganizationQueries organizations,
			ConsumerSharingService consumers) {
		this.consumers = consumers;
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@GetMapping("/")
	String dashboard(Caller caller, Model model) {
		model.addAttribute("account", this.accounts.findById(caller.accountId()).orElseThrow());
		model.addAttribute("membership", this.organizations.membershipOf(caller.accountId()).orElse(null));
		model.addAttribute("expiringInvitations", this.consumers.invitationsExpiringSoon(caller));
		return "dashboard/dashboard";
	}

}
