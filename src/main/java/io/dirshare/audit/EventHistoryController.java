package io.dirshare.audit;

import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.core.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The account's event history, newest first, filtered by event name and outcome. */
@Controller
class EventHistoryController {

	private final AuditTrail audit;

	EventHistoryController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/events")
	String events(Caller caller, @RequestParam(name = "eventName", required = false) String eventName,
			@RequestParam(name = "outcome", required = false) Outcome outcome,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		model.addAttribute("events", this.audit.page(caller, eventName, outcome, page));
		model.addAttribute("eventNames", this.audit.eventNames(caller));
		model.addAttribute("eventName", eventName);
		model.addAttribute("outcome", outcome);
		model.addAttribute("outcomes", Outcome.values());
		return "audit/events";
	}

}
