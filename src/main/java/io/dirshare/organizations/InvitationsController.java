package io.dirshare.organizations;

import java.util.List;

import io.dirshare.core.AccountPosition;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handshakes in the portal: the Invitations page of every account (accept, decline) and the
 * management account's Invitations sent (cancel). An htmx request gets the changed card or row, with
 * the navigation count out of band; a plain form post is redirected back to the page.
 */
@Controller
class InvitationsController {

	static final String VIEW_RECEIVED = "organizations/invitations";

	static final String VIEW_ANSWERED_CARD = "organizations/invitations :: answered";

	static final String VIEW_SENT = "organizations/invitations-sent";

	static final String VIEW_SENT_ROW = "organizations/invitations-sent :: row";

	private final HandshakeService handshakes;

	private final OrganizationQueries organizations;

	InvitationsController(HandshakeService handshakes, OrganizationQueries organizations) {
		this.handshakes = handshakes;
		this.organizations = organizations;
	}

	@GetMapping("/invitations")
	String received(Caller caller, Model model) {
		model.addAttribute("invitations", this.handshakes.openInvitations(caller));
		return VIEW_RECEIVED;
	}

	@PostMapping("/invitations/{handshakeId}/accept")
	String accept(Caller caller, @PathVariable String handshakeId, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return answer(caller, handshakeId, true, htmx.isHtmxRequest(), model, redirect);
	}

	@PostMapping("/invitations/{handshakeId}/decline")
	String decline(Caller caller, @PathVariable String handshakeId, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return answer(caller, handshakeId, false, htmx.isHtmxRequest(), model, redirect);
	}

	private String answer(Caller caller, String handshakeId, boolean accept, boolean htmx, Model model,
			RedirectAttributes redirect) {
		HandshakeSummary answered;
		try {
			answered = accept ? this.handshakes.acceptHandshake(caller, handshakeId)
					: this.handshakes.declineHandshake(caller, handshakeId);
		}
		catch (AwsException refused) {
			if (htmx || !refused.isFormError()) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.getMessage());
			return "redirect:/invitations";
		}
		String outcome = outcome(answered, accept);
		if (htmx) {
			model.addAttribute("invitation", answered);
			model.addAttribute("outcome", outcome);
			model.addAttribute("invitationCount", this.handshakes.openInvitationCount(caller));
			// Accepting an invitation makes the account a member: the header's badge follows at once.
			model.addAttribute("accountPosition", this.organizations.membershipOf(caller.accountId())
				.map((membership) -> membership.isManagementAccount() ? AccountPosition.MANAGEMENT : AccountPosition.MEMBER)
				.orElse(AccountPosition.STANDALONE));
			return VIEW_ANSWERED_CARD;
		}
		redirect.addFlashAttribute("message", outcome);
		return (accept && answered.handshake().action() == HandshakeAction.INVITE) ? "redirect:/organization"
				: "redirect:/invitations";
	}

	private static String outcome(HandshakeSummary answered, boolean accept) {
		String organization = answered.organization().id();
		if (answered.handshake().action() == HandshakeAction.APPROVE_ALL_FEATURES) {
			return accept ? "You approved enabling all features in organization " + organization + "."
					: "You declined enabling all features in organization " + organization + ".";
		}
		return accept ? "You accepted the invitation. This account is now a member of organization " + organization + "."
				: "You declined the invitation from organization " + organization + ".";
	}

	@GetMapping("/organization/invitations")
	String sent(Caller caller, Model model) {
		List<HandshakeSummary> invitations = this.handshakes.listHandshakesForOrganization(caller)
			.stream()
			.filter((h) -> h.handshake().action() == HandshakeAction.INVITE)
			.toList();
		model.addAttribute("invitations", invitations);
		return VIEW_SENT;
	}

	@PostMapping("/organization/invitations/{handshakeId}/cancel")
	String cancel(Caller caller, @PathVariable String handshakeId, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		HandshakeSummary canceled = this.handshakes.cancelHandshake(caller, handshakeId);
		if (htmx.isHtmxRequest()) {
			model.addAttribute("invitation", canceled);
			return VIEW_SENT_ROW;
		}
		redirect.addFlashAttribute("message", "The invitation to account " + canceled.targetAccount().id()
				+ " was canceled.");
		return "redirect:/organization/invitations";
	}

}
