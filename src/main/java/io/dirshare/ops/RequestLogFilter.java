package io.dirshare.ops;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dirshare.core.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an ID (in the logging context for all its log lines, and in the
 * {@value #REQUEST_ID_HEADER} response header) and writes one log line when it ends: method, path,
 * status, duration. Health probes are logged at DEBUG only. The logger is {@value #LOGGER}, so
 * {@code logging.level.io.dirshare.request=warn} silences the request log alone.
 */
class RequestLogFilter extends OncePerRequestFilter {

	static final String LOGGER = "io.dirshare.request";

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = RequestIds.newId();
		MDC.put(RequestIds.MDC_KEY, requestId);
		response.setHeader(REQUEST_ID_HEADER, requestId);
		long started = System.nanoTime();
		int status = 500;
		try {
			chain.doFilter(request, response);
			status = response.getStatus();
		}
		finally {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			String path = request.getRequestURI();
			log.atLevel(isProbe(path) ? Level.DEBUG : Level.INFO)
				.setMessage("{} {} {} {} ms")
				.addArgument(request.getMethod())
				.addArgument(path)
				.addArgument(status)
				.addArgument(millis)
				.addKeyValue("http.request.method", request.getMethod())
				.addKeyValue("url.path", path)
				.addKeyValue("http.response.status_code", status)
				.addKeyValue("event.duration_ms", millis)
				.log();
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

	private static boolean isProbe(String path) {
		return path.startsWith("/actuator/health");
	}

}
