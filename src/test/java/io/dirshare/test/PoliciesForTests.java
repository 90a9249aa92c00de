package io.dirshare.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.dirshare.core.policy.IdentityPolicies;
import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.PoliciesChanged;
import io.dirshare.core.policy.PolicyDocument;
import io.dirshare.core.policy.PrincipalPolicies;
import io.dirshare.core.policy.ScpLevel;
import io.dirshare.core.policy.ServiceControlPolicies;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Primary;

/**
 * Gives a test user policy documents of the test's own (until the application stores customer-managed
 * policies), and caps a test account with SCP levels (until it stores SCPs). Every other user keeps
 * the policies the application gives it; every other account has no SCPs. Changes reach the doors at
 * once, as the application's own changes do ({@link PoliciesChanged}).
 */
@TestComponent
@Primary
public class PoliciesForTests implements PrincipalPolicies, ServiceControlPolicies {

	private final ApplicationContext context;

	private final Map<String, List<NamedPolicy>> granted = new ConcurrentHashMap<>();

	private final Map<String, List<ScpLevel>> caps = new ConcurrentHashMap<>();

	PoliciesForTests(ApplicationContext context) {
		this.context = context;
	}

	/** A customer-managed policy of the account, {@code arn:aws:iam::ACCOUNT:policy/NAME}. */
	public static NamedPolicy customerManaged(String accountId, String name, String json) {
		return new NamedPolicy(name, "arn:aws:iam::" + accountId + ":policy/" + name, "v1", PolicyDocument.parse(json));
	}

	/** Makes these the user's only identity-based policies. */
	public void give(String accountId, String userName, NamedPolicy... policies) {
		this.granted.put(key(accountId, userName), List.of(policies));
		this.context.publishEvent(PoliciesChanged.forUser(accountId, userName));
	}

	/** Puts the account under these SCP levels, root first. */
	public void cap(String accountId, ScpLevel... levels) {
		this.caps.put(accountId, List.of(levels));
		this.context.publishEvent(PoliciesChanged.forAccount(accountId));
	}

	@Override
	public IdentityPolicies of(String accountId, String userName) {
		List<NamedPolicy> policies = this.granted.get(key(accountId, userName));
		if (policies != null) {
			return new IdentityPolicies(policies, Map.of());
		}
		return this.context.getBeansOfType(PrincipalPolicies.class)
			.values()
			.stream()
			.filter((source) -> source != this)
			.findFirst()
			.map((source) -> source.of(accountId, userName))
			.orElse(IdentityPolicies.NONE);
	}

	@Override
	public List<ScpLevel> levelsFor(String accountId) {
		return this.caps.getOrDefault(accountId, List.of());
	}

	private static String key(String accountId, String userName) {
		return accountId + "/" + userName.toLowerCase(Locale.ROOT);
	}

}
