package io.dirshare.organizations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.dirshare.core.Reads;
import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.PolicyDocument;
import io.dirshare.core.policy.ScpLevel;
import io.dirshare.core.policy.ServiceControlPolicies;

import org.springframework.stereotype.Component;

/**
 * The service control policies over an account, for policy evaluation: the root's SCPs, then the
 * account's own; none for the management account, an account outside any organization, or while the
 * type is not enabled in the root. Each document is parsed once per content: a policy whose content
 * changed is parsed again the first time it is asked for.
 */
@Component
class OrganizationServiceControlPolicies implements ServiceControlPolicies {

	/** SCPs have no versions; the one in effect is the current content. */
	static final String VERSION = "v1";

	private final ServiceControlPolicyAttachments attachments;

	private final OrganizationQueries organizations;

	private final MemberAccountQueries memberAccounts;

	private final Map<String, Parsed> documents = new ConcurrentHashMap<>();

	OrganizationServiceControlPolicies(ServiceControlPolicyAttachments attachments, OrganizationQueries organizations,
			MemberAccountQueries memberAccounts) {
		this.attachments = attachments;
		this.memberAccounts = memberAccounts;
		this.organizations = organizations;
	}

	@Override
	@Reads
	public List<ScpLevel> levelsFor(String accountId) {
		List<List<ServiceControlPolicy>> levels = this.attachments.levels(accountId);
		if (levels.isEmpty()) {
			return List.of();
		}
		Organization organization = this.organizations.membershipOf(accountId).orElseThrow().organization();
		String accountName = this.memberAccounts.find(organization.id(), accountId)
			.map(MemberAccount::name)
			.orElse(accountId);
		return List.of(new ScpLevel(organization.rootId(), OrganizationRoot.NAME, named(levels.get(0))),
				new ScpLevel(accountId, accountName, named(levels.get(1))));
	}

	private List<NamedPolicy> named(List<ServiceControlPolicy> policies) {
		return policies.stream()
			.map((policy) -> new NamedPolicy(policy.name(), policy.arn(), VERSION, document(policy)))
			.toList();
	}

	private PolicyDocument document(ServiceControlPolicy policy) {
		Parsed cached = this.documents.get(policy.id());
		if (cached != null && cached.content().equals(policy.content())) {
			return cached.document();
		}
		PolicyDocument document = PolicyDocument.parse(policy.content());
		this.documents.put(policy.id(), new Parsed(policy.content(), document));
		return document;
	}

	private record Parsed(String content, PolicyDocument document) {

	}

}
