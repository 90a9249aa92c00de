package io.dirshare.directories;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Action;
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

	static final String VIEW_STAGE = "directories/detail :: stage";

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
	String create(Caller caller, @Valid @ModelAttribute("form") NewDirectoryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				Directory created = this.directories.createMicrosoftAd(caller, form.toNewDirectory());
				redirect.addFlashAttribute("message", "Directory " + created.dnsName() + " (" + created.id()
						+ ") is being created in " + caller.region().code() + ".");
				return "redirect:/directories/" + created.id();
			}
			catch (AwsException refused) {
				if (!refused.isFormError()) {
					throw refused;
				}
				model.addAttribute("formError", refused.getMessage());
			}
		}
		form.clearPasswords();
		model.addAttribute("editions", Edition.values());
		return VIEW_NEW;
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
				.filter((region) -> region.samePartitionAs(directory.primaryRegion()))
				.filter((region) -> regions.stream().noneMatch((existing) -> existing.region() == region))
				.toList());
			model.addAttribute("maxRegions", Directory.MAX_REGIONS);
		}
		return VIEW_DETAIL;
	}

	/** The Stage alone, which htmx polls while the directory is Creating; without htmx, the directory's page. */
	@GetMapping("/directories/{id}/stage")
	String stage(Caller caller, @PathVariable String id, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest()) {
			return "redirect:/directories/" + id;
		}
		model.addAttribute("directory", this.directories.directory(caller, id));
		return VIEW_STAGE;
	}

	@PostMapping("/directories/{id}/regions")
	String addRegion(Caller caller, @PathVariable String id, @RequestParam("regionName") String region,
			RedirectAttributes redirect) {
		this.directories.addRegion(caller, id, region);
		redirect.addFlashAttribute("message", "Replication to " + region + " was added.");
		return "redirect:/directories/{id}?tab=regions";
	}

	@PostMapping("/directories/{id}/regions/{region}/remove")
	String removeRegion(Caller caller, @PathVariable String id, @PathVariable String region,
			RedirectAttributes redirect) {
		AwsRegion removed = AwsRegion.fromCode(region)
			.orElseThrow(() -> DirectoryServiceError.INVALID_PARAMETER.exception("Unknown Region " + Echo.of(region)));
		this.directories.removeRegion(caller.inRegion(removed), id);
		redirect.addFlashAttribute("message", "Replication to " + region + " was removed.");
		return "redirect:/directories/{id}?tab=regions";
	}

	@PostMapping("/directories/{id}/delete")
	String delete(Caller caller, @PathVariable String id, Model model, RedirectAttributes redirect) {
		Directory directory = this.directories.directory(caller, id);
		try {
			this.directories.deleteDirectory(caller, id);
		}
		catch (AwsException refused) {
			return deleteBlocked(caller, directory, refused, model);
		}
		redirect.addFlashAttribute("message", "Directory " + directory.dnsName() + " (" + id + ") was deleted.");
		return "redirect:/directories";
	}

	@PostMapping("/directories/{id}/unshare-all-and-delete")
	String unshareAllAndDelete(Caller caller, @PathVariable String id, Model model, RedirectAttributes redirect) {
		Directory directory = this.directories.directory(caller, id);
		try {
			this.directories.unshareAllAndDelete(caller, id);
		}
		catch (AwsException refused) {
			return deleteBlocked(caller, directory, refused, model);
		}
		redirect.addFlashAttribute("message",
				"Directory " + directory.dnsName() + " (" + id + ") was unshared from every account and deleted.");
		return "redirect:/directories";
	}

	/** A refused deletion is shown with the shares that block it and the way out, "Unshare all and delete". */
	private String deleteBlocked(Caller caller, Directory directory, AwsException refused, Model model) {
		if (!refused.isFormError()) {
			throw refused;
		}
		model.addAttribute("directory", directory);
		model.addAttribute("liveShares", this.shares.liveShares(caller, directory.id()));
		model.addAttribute("errorCode", refused.errorCode());
		model.addAttribute("reason", refused.getMessage());
		return VIEW_DELETE_BLOCKED;
	}

}
