package io.dirshare.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS managed policies dirshare knows, read once from {@code iam/aws-managed-policies/NAME.json}:
 * {@code arn:aws:iam::aws:policy/NAME}, version {@code v1}.
 */
public final class AwsManagedPolicies {

	public static final String ADMINISTRATOR_ACCESS = "AdministratorAccess";

	public static final String READ_ONLY_ACCESS = "ReadOnlyAccess";

	public static final String DIRECTORY_SERVICE_FULL_ACCESS = "AWSDirectoryServiceFullAccess";

	public static final String ORGANIZATIONS_FULL_ACCESS = "AWSOrganizationsFullAccess";

	public static final String ARN_PREFIX = "arn:aws:iam::aws:policy/";

	private static final Map<String, NamedPolicy> POLICIES = load(ADMINISTRATOR_ACCESS, READ_ONLY_ACCESS,
			DIRECTORY_SERVICE_FULL_ACCESS, ORGANIZATIONS_FULL_ACCESS);

	private AwsManagedPolicies() {
	}

	public static List<NamedPolicy> all() {
		return List.copyOf(POLICIES.values());
	}

	public static Optional<NamedPolicy> find(String name) {
		return Optional.ofNullable(POLICIES.get(name));
	}

	public static Optional<NamedPolicy> findByArn(String arn) {
		return arn.startsWith(ARN_PREFIX) ? find(arn.substring(ARN_PREFIX.length())) : Optional.empty();
	}

	public static NamedPolicy get(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("No AWS managed policy " + name));
	}

	private static Map<String, NamedPolicy> load(String... names) {
		Map<String, NamedPolicy> policies = new LinkedHashMap<>();
		for (String name : names) {
			String path = "/iam/aws-managed-policies/" + name + ".json";
			try (InputStream in = AwsManagedPolicies.class.getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("Missing " + path);
				}
				String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				policies.put(name, new NamedPolicy(name, ARN_PREFIX + name, "v1", PolicyDocument.parse(json)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return policies;
	}

}
