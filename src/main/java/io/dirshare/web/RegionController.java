package io.dirshare.web;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The header's Region selector: shows the same page in the chosen Region ({@code ?region=}) and
 * remembers it as the default for pages opened without a Region, such as a new tab.
 */
@Controller
class RegionController {

	@PostMapping("/region")
	RedirectView selectRegion(@RequestParam("region") String code,
			@RequestParam(name = "returnTo", defaultValue = "/") String returnTo, HttpServletRequest request) {
		AwsRegion region = AwsRegion.fromCode(code)
			.orElseThrow(() -> DirectoryServiceError.INVALID_PARAMETER.exception("Unknown Region: " + Echo.of(code)));
		RegionSelection.select(request, region);
		RedirectView back = new RedirectView(RegionSelection.withRegion(safeLocalPath(returnTo), region), true);
		// The path is the page's own URL: braces in it are text, not template variables.
		back.setExpandUriTemplateVariables(false);
		return back;
	}

	/**
	 * Only paths of this site, so the selector cannot be used to send people elsewhere. Browsers drop
	 * tabs and line breaks from URLs ({@code /<tab>/evil.example} becomes {@code //evil.example}), so
	 * control characters are refused too; so is anything outside printable ASCII, which the page's own
	 * (percent-encoded) path never holds and a {@code Location} header cannot carry.
	 */
	static String safeLocalPath(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
				|| !PathGuardFilter.isPlain(path)) {
			return "/";
		}
		return path;
	}

}
