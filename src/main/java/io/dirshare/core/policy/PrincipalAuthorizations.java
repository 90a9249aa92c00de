package io.dirshare.core.policy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each principal's {@link Permissions}: its identity-based policies and the SCPs over its account,
 * kept briefly (IAM is eventually consistent too) so a burst of requests reads the policies once, and
 * dropped at once when {@link PoliciesChanged} says they changed here.
 */
@Component
public class PrincipalAuthorizations {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(2);

	private final PrincipalPolicies principalPolicies;

	private final ObjectProvider<ServiceControlPolicies> serviceControlPolicies;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	public PrincipalAuthorizations(PrincipalPolicies principalPolicies,
			ObjectProvider<ServiceControlPolicies> serviceControlPolicies) {
		this.principalPolicies = principalPolicies;
		this.serviceControlPolicies = serviceControlPolicies;
	}

	public Permissions permissionsOf(String accountId, String userName) {
		String key = key(accountId, userName);
		long now = System.nanoTime();
		Cached cached = this.cache.get(key);
		if (cached != null && now - cached.loadedAt() < TIME_TO_LIVE.toNanos()) {
			return cached.permissions();
		}
		Permissions permissions = load(accountId, userName);
		this.cache.put(key, new Cached(accountId, userName, permissions, now));
		return permissions;
	}

	/** The SCP levels over an account, empty when none applies or no SCP source exists. */
	public List<ScpLevel> scpLevelsOf(String accountId) {
		ServiceControlPolicies scps = this.serviceControlPolicies.getIfAvailable();
		return (scps != null) ? scps.levelsFor(accountId) : List.of();
	}

	@EventListener
	void evictNow(PoliciesChanged change) {
		this.cache.values().removeIf((cached) -> change.concerns(cached.accountId(), cached.userName()));
	}

	/** Again once the change is committed: a request in between may have cached the old policies. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void evictAfterCommit(PoliciesChanged change) {
		evictNow(change);
	}

	private Permissions load(String accountId, String userName) {
		IdentityPolicies identity = this.principalPolicies.of(accountId, userName);
		return Permissions.of(identity.policies(), scpLevelsOf(accountId), identity.tags());
	}

	private static String key(String accountId, String userName) {
		return accountId + "/" + userName.toLowerCase(Locale.ROOT);
	}

	private record Cached(String accountId, String userName, Permissions permissions, long loadedAt) {

	}

}
