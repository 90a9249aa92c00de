package io.dirshare.directories;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's directory pages: list per Region, Set up directory, details with its tabs, deletion. */
@Controller
class DirectoriesController {

	static final String VIEW_LIST = "directories/list";

	static final String VIEW_NEW = "directories/new";

	static final String VIEW_DETAIL = "directories/detail";

	static final String VIEW_DELETE_BLOCKED = "directories/delete-blocked";

	static final String VIEW_LIST_TABLE = "directories/list :: directories-table";

	/** The Set up directory form; the password is never put back into the page. */
	static final class NewDirectoryForm {

		private String name = "";

		private String shortName = "";

		private String edition = Edition.Standard.name();

		private String password = "";

		private String confirmPassword = "";

		private String description = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getShortName() {
			return this.shortName;
		}

		public void setShortName(String shortName) {
			this.shortName = shortName;
		}

		public String getEdition() {
			return this.edition;
		}

		public void setEdition(String edition) {
			this.edition = edition;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getConfirmPassword() {
			return this.confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	private final DirectoryService directories;

	private final DirectoryShares shares;

	private final List<DirectoryTab> tabs;

	DirectoriesController(DirectoryService directories, DirectoryShares shares, List<DirectoryTab> tabs) {
		this.directories = directories;
		this.shares = shares;
		this.tabs = tabs;
	}

	@GetMapping("/directories")
	String list(Caller caller, @RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		var directoriesPage = this.directories.directoriesPage(caller, page);
		model.addAttribute("page", directoriesPage);
		model.addAttribute("polling", directoriesPage.items().stream().anyMatch((row) -> "Creating".equals(row.stage())));
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? VIEW_LIST_TABLE : VIEW_LIST;
	}

	@GetMapping("/directories/new")
	String newForm(Caller caller, Model model) {
		caller.require(Action.DS_CREATE_MICROSOFT_AD);
		model.addAttribute("form", new NewDirectoryForm());
		model.addAttribute("editions", Edition.values());
		return VIEW_NEW;
	}

	@PostMapping("/directories")
	String create(Caller caller, @ModelAttribute("form") NewDirectoryForm form, Model model,
			RedirectAttributes redirect) {
		try {
			if (!form.getPassword().equals(form.getConfirmPassword())) {
				throw DirectoryServiceError.INVALID_PARAMETER.exception("The passwords do not match.");
			}
			Directory created = this.directories.createMicrosoftAd(caller, new NewDirectory(form.getName(),
					form.getShortName(), form.getPassword(), form.getDescription(), form.getEdition()));
			redirect.addFlashAttribute("message", "Directory " + created.dnsName() + " (" + created.id()
					+ ") is being created in " + caller.region().code() + ".");
			return "redirect:/directories/" + created.id();
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			form.setPassword("");
			form.setConfirmPassword("");
			model.addAttribute("formError", refused.getMessage());
			model.addAttribute("editions", Edition.values());
			return VIEW_NEW;
		}
	}

	@GetMapping("/directories/{id}")
	String detail(Caller caller, @PathVariable String id, @RequestParam(defaultValue = "details") String tab,
			HttpServletRequest request, Model model) {
		Directory directory = this.directories.directory(caller, id);
		model.addAttribute("directory", directory);
		Optional<DirectoryTab> contributed = this.tabs.stream().filter((candidate) -> candidate.name().equals(tab)).findFirst();
		model.addAttribute("tab", (contributed.isPresent() || "regions".equals(tab)) ? tab : "details");
		List<DirectoryRegion> regions = this.directories.describeRegions(caller, id, null);
		model.addAttribute("directoryRegions", regions);
		boolean inRegion = regions.stream().anyMatch((region) -> region.region() == caller.region());
		model.addAttribute("inSelectedRegion", inRegion);
		if (inRegion) {
			contributed.ifPresent((contributor) -> contributor.addTo(model, caller, directory, request));
		}
		if ("regions".equals(tab)) {
			model.addAttribute("addableRegions", AwsRegion.all()
				.stream()
				.filter((region) -> regions.stream().noneMatch((existing) -> existing.region() == region))
				.toList());
			model.addAttribute("maxRegions", Directory.MAX_REGIONS);
		}
		return VIEW_DETAIL;
	}

	@PostMapping("/directories/{id}/regions")
	String addRegion(Caller caller, @PathVariable String id, @RequestParam String region, RedirectAttributes redirect) {
		this.directories.addRegion(caller, id, region);
		redirect.addFlashAttribute("message", "Replication to " + region + " was added.");
		return "redirect:/directories/" + id + "?tab=regions";
	}

	@PostMapping("/directories/{id}/regions/{region}/remove")
	String removeRegion(Caller caller, @PathVariable String id, @PathVariable String region,
			RedirectAttributes redirect) {
		AwsRegion removed = AwsRegion.fromCode(region)
			.orElseThrow(() -> DirectoryServiceError.INVALID_PARAMETER.exception("Unknown Region " + region));
		this.directories.removeRegion(caller.inRegion(removed), id);
		redirect.addFlashAttribute("message", "Replication to " + region + " was removed.");
		return "redirect:/directories/" + id + "?tab=regions";
	}

	@PostMapping("/directories/{id}/delete")
	String delete(Caller caller, @PathVariable String id, Model model, RedirectAttributes redirect) {
		Directory directory = this.directories.directory(caller, id);
		try {
			this.directories.deleteDirectory(caller, id);
		}
		catch (AwsException refused) {
			if (!refused.isFormError()) {
				throw refused;
			}
			model.addAttribute("directory", directory);
			model.addAttribute("liveShares", this.shares.liveShares(caller, id));
			model.addAttribute("reason", refused.getMessage());
			return VIEW_DELETE_BLOCKED;
		}
		redirect.addFlashAttribute("message", "Directory " + directory.dnsName() + " (" + id + ") was deleted.");
		return "redirect:/directories";
	}

	@PostMapping("/directories/{id}/unshare-all-and-delete")
	String unshareAllAndDelete(Caller caller, @PathVariable String id, RedirectAttributes redirect) {
		Directory directory = this.directories.directory(caller, id);
		this.directories.unshareAllAndDelete(caller, id);
		redirect.addFlashAttribute("message",
				"Directory " + directory.dnsName() + " (" + id + ") was unshared from every account and deleted.");
		return "redirect:/directories";
	}

}
