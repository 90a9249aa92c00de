package io.dirshare.core.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a principal asks to do, as policies see it: who, which action, on which resource, and the
 * request context whose keys the Condition element tests ({@code aws:RequestedRegion},
 * {@code aws:ResourceTag/env}, ...). Context keys are kept in lower case, as IAM compares them
 * without regard to case.
 */
public record AuthorizationRequest(String principalAccount, String principalArn, String action, String resource,
		Map<String, List<String>> context) {

	public AuthorizationRequest {
		Map<String, List<String>> normalized = new LinkedHashMap<>();
		context.forEach((key, values) -> normalized.put(key.toLowerCase(Locale.ROOT), List.copyOf(values)));
		context = Map.copyOf(normalized);
	}

	/**
	 * A request with the context dirshare knows: the principal's account, ARN, name and tags, the
	 * Region asked for, and the resource's tags and keys.
	 */
	public static AuthorizationRequest of(String principalAccount, String principalArn, String action,
			ResourceRef resource, String requestedRegion, Map<String, String> principalTags) {
		Map<String, List<String>> context = new LinkedHashMap<>();
		context.put("aws:PrincipalAccount", List.of(principalAccount));
		context.put("aws:PrincipalArn", List.of(principalArn));
		context.put("aws:PrincipalType", List.of("User"));
		int slash = principalArn.lastIndexOf('/');
		if (slash >= 0) {
			context.put("aws:username", List.of(principalArn.substring(slash + 1)));
		}
		if (requestedRegion != null) {
			context.put("aws:RequestedRegion", List.of(requestedRegion));
		}
		principalTags.forEach((key, value) -> context.put("aws:PrincipalTag/" + key, List.of(value)));
		resource.tags().forEach((key, value) -> context.put("aws:ResourceTag/" + key, List.of(value)));
		resource.keys().forEach((key, value) -> context.put(key, List.of(value)));
		return new AuthorizationRequest(principalAccount, principalArn, action, resource.arn(), context);
	}

	public Optional<List<String>> value(String key) {
		return Optional.ofNullable(this.context.get(key.toLowerCase(Locale.ROOT)));
	}

	/** The same request with one more context key, e.g. a simulator's extra context entry. */
	public AuthorizationRequest withContext(String key, List<String> values) {
		Map<String, List<String>> more = new LinkedHashMap<>(this.context);
		more.put(key.toLowerCase(Locale.ROOT), values);
		return new AuthorizationRequest(this.principalAccount, this.principalArn, this.action, this.resource, more);
	}

}
