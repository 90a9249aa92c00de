package io.dirshare.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the layout's header and navigation ({@link LayoutModel}). */
@ControllerAdvice
class LayoutModelAdvice {

	private final LayoutModel layout;

	LayoutModelAdvice(List<NavigationBadge> badges, CallerArgumentResolver callers) {
		this.layout = new LayoutModel(badges, callers);
	}

	@ModelAttribute
	void layout(HttpServletRequest request, Model model) {
		model.addAllAttributes(this.layout.attributes(request));
	}

}
