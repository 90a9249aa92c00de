package io.dirshare.sharing.requests;

import java.util.List;

import jakarta.validation.Valid;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member account's side: "Directories available in your organization", Request access with a
 * justification, and the account's requests, whose outcome htmx polls for while one is open.
 */
@Controller
class AvailableDirectoriesController {

	static final String PATH = "/available-directories";

	static final String VIEW_LIST = "sharing/available-directories";

	static final String VIEW_AVAILABLE = "sharing/available-directories :: available";

	static final String VIEW_REQUEST = "sharing/request-access";

	private final RequestableDirectories requestable;

	private final AccessRequests requests;

	AvailableDirectoriesController(RequestableDirectories requestable, AccessRequests requests) {
		this.requestable = requestable;
		this.requests = requests;
	}

	@GetMapping(PATH)
	String list(Caller caller, HtmxRequest htmx, Model model) {
		List<AccessRequest.View> mine = this.requests.byMyAccount(caller);
		model.addAttribute("myRequests", mine);
		model.addAttribute("polling", mine.stream().anyMatch(AccessRequest.View::isOpen));
		model.addAttribute("directories", this.requestable.available(caller));
		return htmx.isHtmxRequest() ? VIEW_AVAILABLE : VIEW_LIST;
	}

	@GetMapping(PATH + "/{directoryId}/request")
	String requestForm(Caller caller, @PathVariable String directoryId, Model model) {
		model.addAttribute("form", new TextForm());
		return requestPage(caller, directoryId, model);
	}

	@PostMapping(PATH + "/{directoryId}/request")
	String request(Caller caller, @PathVariable String directoryId, @Valid @ModelAttribute("form") TextForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return requestPage(caller, directoryId, model);
		}
		AccessRequest request;
		try {
			request = this.requests.request(caller, directoryId, form.getText());
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("formError", refused.getMessage());
			return requestPage(caller, directoryId, model);
		}
		redirect.addFlashAttribute("message", "You requested access to " + directoryId + ". The owner account's "
				+ "administrators decide; the outcome shows under Your access requests.");
		redirect.addAttribute("region", request.region().code());
		return "redirect:" + PATH;
	}

	private String requestPage(Caller caller, String directoryId, Model model) {
		RequestableDirectory directory = this.requestable.available(caller)
			.stream()
			.filter((candidate) -> candidate.ownerDirectoryId().equals(directoryId))
			.findFirst()
			.orElseThrow(() -> DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory "
					+ Echo.of(directoryId) + " is not available to your organization's accounts in "
					+ caller.region().code() + "."));
		model.addAttribute("directory", directory);
		model.addAttribute("textMax", AccessRequest.TEXT_MAX_LENGTH);
		return VIEW_REQUEST;
	}

}
