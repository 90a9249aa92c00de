package io.dirshare.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dirshare.core.AwsException;
import io.dirshare.core.CommonError;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a refusal that a controller did not show beside its form into the error page of its kind
 * (403, 404, 409, ...) in the portal's layout; an htmx request gets the message as an alert in the
 * page's flash area instead of a whole page.
 */
@ControllerAdvice
class ErrorHandlingAdvice {

	private final LayoutModel layout;

	ErrorHandlingAdvice(List<NavigationBadge> badges, CallerArgumentResolver callers) {
		this.layout = new LayoutModel(badges, callers);
	}

	@ExceptionHandler(AwsException.class)
	ModelAndView refused(AwsException refusal, HtmxRequest htmx, HtmxResponse htmxResponse, HttpServletRequest request,
			HttpServletResponse response) {
		return errorView(refusal.kind().httpStatus(), refusal.errorCode(), refusal.getMessage(), htmx, htmxResponse,
				request, response);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentChange(HtmxRequest htmx, HtmxResponse htmxResponse, HttpServletRequest request,
			HttpServletResponse response) {
		return errorView(409, CommonError.CONCURRENT_MODIFICATION.code(),
				"Someone else changed this at the same moment. Reload the page and try again.", htmx, htmxResponse,
				request, response);
	}

	private ModelAndView errorView(int status, String errorCode, String message, HtmxRequest htmx,
			HtmxResponse htmxResponse, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(status);
		ModelAndView view;
		if (htmx.isHtmxRequest()) {
			htmxResponse.setRetarget("#flash");
			htmxResponse.setReswap(HtmxReswap.innerHtml());
			view = new ModelAndView("fragments/alerts :: error");
		}
		else {
			// Exception handlers get no @ModelAttribute values, so the layout's are added here.
			view = new ModelAndView("error", this.layout.attributes(request));
		}
		view.addObject("status", status);
		view.addObject("errorCode", errorCode);
		view.addObject("errorMessage", message);
		return view;
	}

}
