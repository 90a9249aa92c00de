package io.dirshare.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as SigV4 sees it: method, the path and query exactly as sent (still percent-encoded),
 * headers by lower-case name, and the body bytes.
 */
record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
		byte[] body) {

	SignedRequest {
		TreeMap<String, List<String>> lowerCase = new TreeMap<>();
		headers.forEach((name, values) -> lowerCase.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
				(one, other) -> {
					List<String> all = new ArrayList<>(one);
					all.addAll(other);
					return List.copyOf(all);
				}));
		headers = Collections.unmodifiableMap(lowerCase);
	}

	String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
