package io.dirshare.web;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.AwsRegion;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The header's Region selector. */
@Controller
class RegionController {

	@PostMapping("/region")
	String selectRegion(@RequestParam("region") String code, @RequestParam(name = "returnTo", defaultValue = "/") String returnTo,
			HttpServletRequest request) {
		AwsRegion region = AwsRegion.fromCode(code)
			.orElseThrow(() -> new io.dirshare.core.AwsException(io.dirshare.core.AwsException.Kind.INVALID,
					"InvalidParameterException", "Unknown Region: " + code));
		RegionSelection.select(request, region);
		return "redirect:" + safeLocalPath(returnTo);
	}

	/** Only paths of this site, so the selector cannot be used to send people elsewhere. */
	static String safeLocalPath(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
			return "/";
		}
		return path;
	}

}
