package io.dirshare.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	private final SignInThrottle throttle;

	SignInController(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@GetMapping(SecurityConfiguration.SIGN_IN_PAGE)
	String signIn(Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		model.addAttribute("lockoutMinutes", this.throttle.lockout().toMinutes());
		return "identity/signin";
	}

}
