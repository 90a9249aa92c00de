package io.dirshare.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The JSON documents of the AWS managed policies dirshare ships, read once from the classpath. */
@Component
class ManagedPolicyDocuments {

	static final String LOCATION = "iam/aws-managed-policies/";

	private final Map<PermissionSet, String> documents = new EnumMap<>(PermissionSet.class);

	synchronized String document(PermissionSet policy) {
		return this.documents.computeIfAbsent(policy, ManagedPolicyDocuments::read);
	}

	private static String read(PermissionSet policy) {
		ClassPathResource resource = new ClassPathResource(LOCATION + policy.policyName() + ".json");
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The AWS managed policy " + policy.policyName() + " is missing", ex);
		}
	}

}
