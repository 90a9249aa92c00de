package io.dirshare.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dirshare.core.Action;
import io.dirshare.core.policy.PrincipalAuthorizations;
import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.RequestIds;
import io.dirshare.identity.AccessKeyService;
import io.dirshare.core.Caller;
import io.dirshare.identity.IamUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an AWS API request by its SigV4 signature against the access keys stored in
 * dirshare, and builds the {@link Caller} of the key's user: its account, its permission set's
 * actions, the Region of the credential scope (for the Directory Service; Organizations is global).
 * A refused request is answered here with the wire error AWS gives, and goes no further; a failure of the
 * key lookup itself (the database is unavailable) is answered as AWS's {@code ServiceException}. Every
 * call, answered here or by the controller, is timed in {@link ApiMetrics}.
 */
class SigV4AuthenticationFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SigV4AuthenticationFilter.class);

	/** Generous for JSON requests; aws-chunked framing adds a little. */
	static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

	/** The caller of a verified request, as Spring Security's authentication. */
	static final class ApiAuthentication extends AbstractAuthenticationToken {

		private final Caller caller;

		ApiAuthentication(Caller caller) {
			super(Arrays.stream(Action.values())
				.filter(caller::can)
				.map((action) -> new SimpleGrantedAuthority(action.iamName()))
				.toList());
			this.caller = caller;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Caller getPrincipal() {
			return this.caller;
		}

	}

	private final AccessKeyService accessKeys;

	private final Clock clock;

	private final SecurityContextHolderStrategy contextHolder;

	private final ApiMetrics metrics;

	private final PrincipalAuthorizations authorizations;

	SigV4AuthenticationFilter(AccessKeyService accessKeys, Clock clock, SecurityContextHolderStrategy contextHolder,
			ApiMetrics metrics, PrincipalAuthorizations authorizations) {
		this.authorizations = authorizations;
		this.accessKeys = accessKeys;
		this.metrics = metrics;
		this.clock = clock;
		this.contextHolder = contextHolder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			authenticateAndContinue(request, response, chain);
		}
		finally {
			this.metrics.record(request.getHeader(ApiSecurityConfiguration.TARGET_HEADER),
					response.getHeader(WireResponses.ERROR_TYPE_HEADER), Duration.ofNanos(System.nanoTime() - started));
		}
	}

	private void authenticateAndContinue(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The request log's ID, so the answer's x-amzn-RequestId finds the request's log lines.
		String requestId = RequestIds.current();
		ApiCall call;
		try {
			call = authenticate(request, requestId);
		}
		catch (AwsException refused) {
			if (ApiSecurityConfiguration.isQueryRequest(request)) {
				QueryProtocol.writeError(response, refused, requestId);
			}
			else {
				WireResponses.writeError(response, refused, requestId);
			}
			return;
		}
		catch (RuntimeException failure) {
			log.error("Authenticating {} failed (request {})", request.getHeader(ApiSecurityConfiguration.TARGET_HEADER),
					requestId, failure);
			WireResponses.writeError(response, ApiException.service(), requestId);
			return;
		}
		request.setAttribute(ApiCall.ATTRIBUTE, call);
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(new ApiAuthentication(call.caller()));
		this.contextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contextHolder.clearContext();
		}
	}

	private ApiCall authenticate(HttpServletRequest request, String requestId) throws IOException {
		String target = request.getHeader(ApiSecurityConfiguration.TARGET_HEADER);
		boolean query = ApiSecurityConfiguration.isQueryRequest(request);
		ApiService service = query ? ApiService.STS
				: ApiService.ofTarget(target).orElseThrow(() -> ApiException.unknownOperation(target));
		SignedRequest signed = new SignedRequest(request.getMethod(), request.getRequestURI(), request.getQueryString(),
				headers(request), body(request));
		AtomicReference<AccessKeyService.SigningKey> key = new AtomicReference<>();
		SigV4Verifier.Verified verified = SigV4Verifier.verify(signed, service.signingName(),
				query ? SigV4Authorization.QUERY_REQUIRED_SIGNED_HEADERS : SigV4Authorization.REQUIRED_SIGNED_HEADERS,
				(accessKeyId) -> {
			Optional<AccessKeyService.SigningKey> found = signingKey(accessKeyId);
			found.ifPresent(key::set);
			return found.map((signing) -> new SigV4Verifier.KeySecret(signing.secretAccessKey(), signing.key().isActive()));
		}, this.clock.instant());
		SigV4Authorization authorization = verified.authorization();
		AwsRegion region = AwsRegion.DEFAULT;
		if (service.isRegional()) {
			region = AwsRegion.fromCode(authorization.region())
				.orElseThrow(() -> ApiException.invalidSignature(
						"Credential should be scoped to a valid region, not '" + authorization.region() + "'. "));
		}
		this.accessKeys.recordUse(key.get().key().accessKeyId(), authorization.region(), service.signingName());
		IamUser user = key.get().user();
		// The key's state was checked just now; the policies may be up to two seconds old, as on IAM.
		Caller caller = new Caller(user.accountId(), user.userName(), key.get().position(),
				this.authorizations.permissionsOf(user.accountId(), user.userName()), Caller.EventSource.API,
				request.getRemoteAddr(), region);
		String operation = query ? service.target(QueryProtocol.parseForm(verified.payload()).get("Action")) : target;
		return new ApiCall(requestId, operation, caller, authorization.accessKeyId(), verified.payload());
	}

	private Optional<AccessKeyService.SigningKey> signingKey(String accessKeyId) {
		try {
			return this.accessKeys.signingKey(accessKeyId);
		}
		catch (IllegalStateException undecryptable) {
			log.warn("Access key {} cannot be used: {}", accessKeyId, undecryptable.getMessage());
			return Optional.empty();
		}
	}

	private static Map<String, List<String>> headers(HttpServletRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(Collections.list(request.getHeaders(name)));
		}
		return headers;
	}

	private static byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				throw tooLarge();
			}
			return body;
		}
	}

	private static AwsException tooLarge() {
		return ApiException.serialization("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
	}

}
