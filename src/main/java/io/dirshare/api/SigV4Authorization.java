package io.dirshare.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} header of a SigV4 request, parsed as AWS parses it: each missing or
 * malformed part is refused with the error and wording AWS gives.
 */
record SigV4Authorization(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
		String signature) {

	static final String ALGORITHM = "AWS4-HMAC-SHA256";

	private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^,\\s]*)");

	private static final Pattern SIGNED_HEADERS = Pattern.compile("SignedHeaders=([^,\\s]*)");

	private static final Pattern SIGNATURE = Pattern.compile("Signature=([^,\\s]*)");

	private static final Pattern HEX_SIGNATURE = Pattern.compile("^[0-9a-f]{64}$");

	/** Headers the JSON protocol's requests must sign besides {@code host}. */
	static final List<String> REQUIRED_SIGNED_HEADERS = List.of("X-Amz-Date", "X-Amz-Target");

	/** Headers the query protocol's requests (STS) must sign besides {@code host}: the Action is in the signed body. */
	static final List<String> QUERY_REQUIRED_SIGNED_HEADERS = List.of("X-Amz-Date");

	String scope() {
		return this.date + "/" + this.region + "/" + this.service + "/aws4_request";
	}

	static SigV4Authorization parse(String header) {
		return parse(header, REQUIRED_SIGNED_HEADERS);
	}

	static SigV4Authorization parse(String header, List<String> requiredSignedHeaders) {
		if (header == null || header.isBlank()) {
			throw ApiException.missingAuthenticationToken();
		}
		String value = header.trim();
		if (!value.startsWith(ALGORITHM + " ")) {
			throw ApiException.incompleteSignature("Authorization header requires 'Credential' parameter. "
					+ "Authorization header requires 'Signature' parameter. "
					+ "Authorization header requires 'SignedHeaders' parameter. Authorization=" + firstWord(value));
		}
		String parameters = value.substring(ALGORITHM.length()).trim();
		Optional<String> credential = find(CREDENTIAL, parameters);
		Optional<String> signedHeaders = find(SIGNED_HEADERS, parameters);
		Optional<String> signature = find(SIGNATURE, parameters);
		StringBuilder missing = new StringBuilder();
		if (credential.isEmpty()) {
			missing.append("Authorization header requires 'Credential' parameter. ");
		}
		if (signature.isEmpty()) {
			missing.append("Authorization header requires 'Signature' parameter. ");
		}
		if (signedHeaders.isEmpty()) {
			missing.append("Authorization header requires 'SignedHeaders' parameter. ");
		}
		if (!missing.isEmpty()) {
			throw ApiException.incompleteSignature(missing + "Authorization=" + ALGORITHM);
		}
		String[] scope = credential.get().split("/", -1);
		if (scope.length != 5 || Arrays.stream(scope).anyMatch(String::isEmpty)) {
			throw ApiException.incompleteSignature("Credential should be scoped to a valid region, service and "
					+ "terminator: 'ACCESS_KEY_ID/YYYYMMDD/REGION/SERVICE/aws4_request'.");
		}
		if (!"aws4_request".equals(scope[4])) {
			throw ApiException.invalidSignature(
					"Credential should be scoped with a valid terminator: 'aws4_request', not '" + scope[4] + "'. ");
		}
		if (!HEX_SIGNATURE.matcher(signature.get()).matches()) {
			throw ApiException.incompleteSignature("Signature should be 64 lower-case hexadecimal characters.");
		}
		List<String> headers = List.of(signedHeaders.get().toLowerCase(Locale.ROOT).split(";"));
		if (!headers.contains("host")) {
			throw ApiException
				.incompleteSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
		}
		// Every AWS SDK signs these; without them a captured signature could be replayed as another
		// operation (X-Amz-Target) or outside its time window (X-Amz-Date).
		for (String required : requiredSignedHeaders) {
			if (!headers.contains(required.toLowerCase(Locale.ROOT))) {
				throw ApiException
					.incompleteSignature("'" + required + "' must be a 'SignedHeader' in the AWS Authorization.");
			}
		}
		return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], headers, signature.get());
	}

	private static Optional<String> find(Pattern pattern, String parameters) {
		Matcher matcher = pattern.matcher(parameters);
		return matcher.find() && !matcher.group(1).isEmpty() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static String firstWord(String value) {
		int space = value.indexOf(' ');
		return (space < 0) ? value : value.substring(0, space);
	}

}
