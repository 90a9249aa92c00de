package io.dirshare.web;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.Caller;
import io.dirshare.core.SignedInPrincipal;
import io.dirshare.core.policy.PrincipalAuthorizations;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives portal controllers a {@link Caller} parameter: the signed-in user with the permissions of its
 * policies, in the Region chosen in the header, coming through the console from the request's address.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	private final PrincipalAuthorizations authorizations;

	CallerArgumentResolver(PrincipalAuthorizations authorizations) {
		this.authorizations = authorizations;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return callerOf(request);
	}

	Caller callerOf(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPrincipal user)) {
			throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
					"Sign in first.");
		}
		return new Caller(user.accountId(), user.userName(), user.position(),
				this.authorizations.permissionsOf(user.accountId(), user.userName()), Caller.EventSource.CONSOLE, request.getRemoteAddr(), RegionSelection.current(request));
	}

}
