package io.dirshare.organizations;

import java.util.List;
import java.util.Map;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.OrganizationsError;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags of the organization's accounts, root and service control policies, as the management account sets
 * them (ListTagsForResource, TagResource, UntagResource): at most {@value #MAX_TAGS} per resource, no key
 * starting with {@code aws:}. dirshare has no organizational units to tag.
 */
@Service
@Transactional
public class OrganizationTagService {

	public static final int MAX_TAGS = 50;

	private final OrganizationService organizationService;

	private final MemberAccountQueries memberAccounts;

	private final OrganizationTags tags;

	private final ServiceControlPolicyRepository policies;

	private final AuditTrail audit;

	OrganizationTagService(OrganizationService organizationService, MemberAccountQueries memberAccounts,
			OrganizationTags tags, ServiceControlPolicyRepository policies, AuditTrail audit) {
		this.policies = policies;
		this.organizationService = organizationService;
		this.memberAccounts = memberAccounts;
		this.tags = tags;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Map<String, String> listTags(Caller caller, String resourceId) {
		caller.require(Action.ORGANIZATIONS_LIST_TAGS_FOR_RESOURCE);
		return this.tags.of(taggable(caller, resourceId).id(), resourceId);
	}

	public void tagResource(Caller caller, String resourceId, Map<String, String> newTags) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_TAG_RESOURCE,
				"resourceId=" + resourceId + ", tagKeys=" + newTags.keySet(), () -> {
					Organization organization = taggable(caller, resourceId);
					Map<String, String> existing = this.tags.of(organization.id(), resourceId);
					requireValidTags(newTags,
							(int) existing.keySet().stream().filter((key) -> !newTags.containsKey(key)).count());
					this.tags.put(organization.id(), resourceId, newTags);
					return null;
				});
	}

	public void untagResource(Caller caller, String resourceId, List<String> keys) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_UNTAG_RESOURCE,
				"resourceId=" + resourceId + ", tagKeys=" + keys, () -> {
					this.tags.remove(taggable(caller, resourceId).id(), resourceId, keys);
					return null;
				});
	}

	/** The caller's organization, if the resource is its root, one of its accounts or one of its own policies. */
	private Organization taggable(Caller caller, String resourceId) {
		Organization organization = this.organizationService.managedOrganization(caller);
		if (organization.rootId().equals(resourceId)
				|| this.memberAccounts.find(organization.id(), resourceId).isPresent()
				|| this.policies.find(organization.id(), resourceId).filter((p) -> !p.awsManaged()).isPresent()) {
			return organization;
		}
		throw OrganizationsError.TARGET_NOT_FOUND.exception("We can't find a root, OU, account, or policy with the TargetId that you specified.");
	}

	/** @param keeping how many of the resource's tags stay beside the new ones */
	static void requireValidTags(Map<String, String> tags, int keeping) {
		for (String key : tags.keySet()) {
			if (key.startsWith("aws:")) {
				throw OrganizationsError.INVALID_INPUT.exception("Tag keys starting with aws: are reserved for AWS.",
						Map.of("Reason", "INVALID_SYSTEM_TAGS_PARAMETER"));
			}
		}
		if (keeping + tags.size() > MAX_TAGS) {
			throw OrganizationsError.CONSTRAINT_VIOLATION.exception("A resource can have at most " + MAX_TAGS + " tags.",
					Map.of("Reason", "MAX_TAG_LIMIT_EXCEEDED"));
		}
	}

}
