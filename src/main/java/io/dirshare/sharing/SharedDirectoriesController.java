package io.dirshare.sharing;

import java.util.List;

import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.Page;
import io.dirshare.directories.DirectoryService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * The consumer's side: "Directories shared with me", the invitation review, a shared directory's page.
 * htmx polls the list and the status while a share settles; the list's answer also refreshes the
 * navigation's count of invitations, out of band.
 */
@Controller
class SharedDirectoriesController {

	static final String VIEW_LIST = "sharing/shared-with-me";

	static final String VIEW_LIST_TABLE = "sharing/shared-with-me :: shared-table";

	static final String VIEW_NAV_BADGE = "sharing/shared-with-me :: nav-badge";

	static final String VIEW_INVITATION = "sharing/invitation";

	static final String VIEW_SHARED_DIRECTORY = "sharing/shared-directory";

	static final String VIEW_SHARED_STATUS = "sharing/shared-directory :: shared-details";

	private final ConsumerSharingService consumers;

	private final SharingProperties properties;

	private final DirectoryService directories;

	private final SharedWithMeBadge badge;

	SharedDirectoriesController(ConsumerSharingService consumers, SharingProperties properties,
			DirectoryService directories, SharedWithMeBadge badge) {
		this.consumers = consumers;
		this.properties = properties;
		this.directories = directories;
		this.badge = badge;
	}

	/**
	 * The list with its filters: each toggle sends "false" from a hidden field and "true" from the ticked
	 * box; absent means the default (Hide deleted on, Hide rejected off).
	 */
	@GetMapping("/shared-directories")
	ModelAndView list(Caller caller, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) List<String> hideRejected, @RequestParam(required = false) List<String> hideDeleted,
			HtmxRequest htmx, Model model) {
		boolean withoutRejected = hideRejected != null && hideRejected.contains("true");
		boolean withoutDeleted = hideDeleted == null || hideDeleted.contains("true");
		Page<Share> shared = this.consumers.sharedWithMePage(caller, page, withoutRejected, withoutDeleted);
		model.addAttribute("hideRejected", withoutRejected);
		model.addAttribute("hideDeleted", withoutDeleted);
		model.addAttribute("page", shared);
		model.addAttribute("polling", shared.items().stream().anyMatch(Share::isTransient));
		if (!htmx.isHtmxRequest()) {
			model.addAttribute("expiringInvitations", this.consumers.invitationsExpiringSoon(caller));
			return new ModelAndView(VIEW_LIST);
		}
		// The layout leaves the badges of htmx responses to them, and the table's changes may change the count.
		model.addAttribute("badgeKey", this.badge.key());
		model.addAttribute("badgeCount", this.badge.count(caller));
		return new ModelAndView(FragmentsRendering.with(VIEW_LIST_TABLE).fragment(VIEW_NAV_BADGE).build());
	}

	@GetMapping("/shared-directories/{id}")
	String show(Caller caller, @PathVariable String id, HtmxRequest htmx, Model model) {
		return page(caller, id, htmx.isHtmxRequest(), model);
	}

	@PostMapping("/shared-directories/{id}/accept")
	String accept(Caller caller, @PathVariable String id, Model model, RedirectAttributes redirect) {
		try {
			this.consumers.acceptSharedDirectory(caller, id);
		}
		catch (AwsException refused) {
			return besideTheForm(caller, id, refused, model);
		}
		redirect.addFlashAttribute("message", "You accepted the shared directory " + id + ".");
		return "redirect:/shared-directories/{id}";
	}

	@PostMapping("/shared-directories/{id}/reject")
	String reject(Caller caller, @PathVariable String id, Model model, RedirectAttributes redirect) {
		try {
			this.consumers.rejectSharedDirectory(caller, id);
		}
		catch (AwsException refused) {
			return besideTheForm(caller, id, refused, model);
		}
		redirect.addFlashAttribute("message", "You rejected the shared directory " + id + ".");
		return "redirect:/shared-directories";
	}

	@PostMapping("/shared-directories/{id}/delete")
	String delete(Caller caller, @PathVariable String id, Model model, RedirectAttributes redirect) {
		try {
			this.directories.deleteDirectory(caller, id);
		}
		catch (AwsException refused) {
			return besideTheForm(caller, id, refused, model);
		}
		redirect.addFlashAttribute("message",
				"The shared directory " + id + " is being deleted from this account. The owner's directory is not affected.");
		return "redirect:/shared-directories";
	}

	/**
	 * The shared directory's page as it is now, with the refusal above its buttons: the invitation while
	 * it waits for an answer, the shared directory's details once it was answered.
	 */
	private String besideTheForm(Caller caller, String id, AwsException refused, Model model) {
		if (!refused.isFormError()) {
			throw refused;
		}
		model.addAttribute("formError", refused.getMessage());
		return page(caller, id, false, model);
	}

	private String page(Caller caller, String id, boolean statusOnly, Model model) {
		Share share = this.consumers.sharedDirectory(caller, id);
		model.addAttribute("share", share);
		model.addAttribute("ownerDescription", this.consumers.ownerDirectoryDescription(share));
		model.addAttribute("polling", share.isTransient());
		// Only a page that polled while the share settled is answered "ready to use".
		model.addAttribute("settledNow", statusOnly);
		if (share.isPendingAcceptance()) {
			model.addAttribute("pricing", this.properties.pricing(share.region(), 1));
			return VIEW_INVITATION;
		}
		return statusOnly ? VIEW_SHARED_STATUS : VIEW_SHARED_DIRECTORY;
	}

}
