package io.dirshare.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per API call, refused ones included: {@code api ds:DescribeDirectories account=111111111111
 * status=200 error=- 12 ms}. Only the operation, the account, the HTTP status, the error code and the time:
 * never a key, a secret, a password, a note or anything else from the request body.
 */
class ApiCallLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("io.dirshare.api.calls");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (log.isInfoEnabled()) {
				log.info(line(request, response, (System.nanoTime() - started) / 1_000_000));
			}
		}
	}

	static String line(HttpServletRequest request, HttpServletResponse response, long millis) {
		ApiCall call = (ApiCall) request.getAttribute(ApiCall.ATTRIBUTE);
		String target = (call != null) ? call.target() : request.getHeader(ApiSecurityConfiguration.TARGET_HEADER);
		String error = response.getHeader(WireResponses.ERROR_TYPE_HEADER);
		return "api " + operation(target) + " account=" + ((call != null) ? call.caller().accountId() : "-") + " status="
				+ response.getStatus() + " error=" + ((error != null) ? error : "-") + " " + millis + " ms";
	}

	/** {@code DirectoryService_20150416.ShareDirectory} as IAM names it, {@code ds:ShareDirectory}. */
	static String operation(String target) {
		if (target == null) {
			return "sts:-";
		}
		for (ApiService service : ApiService.values()) {
			String prefix = service.target("");
			if (target.startsWith(prefix)) {
				return service.signingName() + ":" + Validation.quoted(target.substring(prefix.length()));
			}
		}
		return Validation.quoted(target);
	}

}
