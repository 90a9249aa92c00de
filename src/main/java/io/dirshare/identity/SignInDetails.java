package io.dirshare.identity;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;

/** What the sign-in form sends beside user name and password: the account, and where it came from. */
record SignInDetails(String account, String clientAddress) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ACCOUNT_PARAMETER = "account";

	static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source() {
		return (request) -> new SignInDetails(trim(request.getParameter(ACCOUNT_PARAMETER)), request.getRemoteAddr());
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : "";
	}

}
