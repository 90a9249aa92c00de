package io.dirshare.sharing;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.Caller;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.DirectoryTab;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Scale &amp; share" tab of a directory's page: the Shared directories table of the selected
 * Region. The directory page asks for it as a {@link DirectoryTab}; htmx polls the table alone while a
 * share is in a transient status.
 */
@Controller
class ScaleAndShareController implements DirectoryTab {

	static final String TAB = "share";

	static final String VIEW_SHARES_TABLE = "sharing/scale-and-share :: shares-table";

	private final DirectoryService directories;

	private final ShareQueries shares;

	private final SharingProperties properties;

	private final ObjectProvider<ScaleAndShareSection> sections;

	ScaleAndShareController(DirectoryService directories, ShareQueries shares, SharingProperties properties,
			ObjectProvider<ScaleAndShareSection> sections) {
		this.sections = sections;
		this.directories = directories;
		this.shares = shares;
		this.properties = properties;
	}

	@Override
	public String name() {
		return TAB;
	}

	@Override
	public void addTo(Model model, Caller caller, Directory directory, HttpServletRequest request) {
		String[] hideDeleted = request.getParameterValues("hideDeleted");
		addShares(model, caller, directory, (hideDeleted != null) ? List.of(hideDeleted) : null,
				parsePage(request.getParameter("page")));
		this.sections.orderedStream().forEach((section) -> section.addTo(model, caller, directory));
	}

	/** The table alone for htmx (polling, the Hide deleted toggle); without htmx the table is shown on its tab. */
	@GetMapping("/directories/{id}/shares")
	String sharesTable(Caller caller, @PathVariable String id, @RequestParam(required = false) List<String> hideDeleted,
			@RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest()) {
			return "redirect:/directories/{id}?tab=share&page=" + page + "&hideDeleted=" + hideDeleted(hideDeleted);
		}
		Directory directory = this.directories.directory(caller, id);
		model.addAttribute("directory", directory);
		addShares(model, caller, directory, hideDeleted, page);
		return VIEW_SHARES_TABLE;
	}

	private void addShares(Model model, Caller caller, Directory directory, List<String> hideDeletedParam,
			int page) {
		boolean hideDeleted = hideDeleted(hideDeletedParam);
		var shares = this.shares.sharesPage(caller, directory.id(), hideDeleted, page);
		model.addAttribute("shares", shares);
		model.addAttribute("hideDeleted", hideDeleted);
		model.addAttribute("polling", shares.items().stream().anyMatch(Share::isTransient));
		model.addAttribute("shareLimit", this.properties.shareLimit(directory.edition()));
	}

	/** The toggle sends "false" from a hidden field and "true" from the ticked box; absent means on. */
	private static boolean hideDeleted(List<String> values) {
		return values == null || values.contains("true");
	}

	private static int parsePage(String page) {
		try {
			return (page != null) ? Integer.parseInt(page) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
