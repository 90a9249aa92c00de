package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;

import io.dirshare.demo.DemoDataSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organization "Example Corp": 111111111111 manages it with all features, 222222222222 was
 * created in it, 333333333333 joined by invitation; trusted access for the Directory Service is on.
 * 444444444444 stays standalone. Service control policies are enabled, so FullAWSAccess is attached to
 * the root and every account and nothing is denied yet; the SCP {@value #DEMO_SCP_NAME}, attached
 * nowhere, is there for the README's walk-through.
 */
@Component
@Order(20)
class OrganizationsDemoData implements DemoDataSet {

	static final String DEMO_ORGANIZATION_ID = "o-exampleorg1";

	static final String DEMO_SCP_ID = "p-denyoutside1";

	static final String DEMO_SCP_NAME = "DenyAcceptingOutsideDirectories";

	/**
	 * Denies accepting a directory shared by an account outside the organization: the condition key
	 * names the organization of the directory's owner, and is absent (so StringNotEquals holds) for an
	 * owner in no organization.
	 */
	static final String DEMO_SCP_CONTENT = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {
			      "Sid": "DenyAcceptingDirectoriesFromOutside",
			      "Effect": "Deny",
			      "Action": "ds:AcceptSharedDirectory",
			      "Resource": "*",
			      "Condition": {
			        "StringNotEquals": {
			          "aws:ResourceOrgID": "o-exampleorg1"
			        }
			      }
			    }
			  ]
			}""";

	private final OrganizationRepository organizations;

	private final OrganizationAccountRepository memberships;

	private final TrustedAccess trustedAccess;

	private final PolicyTypes policyTypes;

	private final ServiceControlPolicyRepository policies;

	private final ServiceControlPolicyAttachments attachments;

	private final Clock clock;

	OrganizationsDemoData(OrganizationRepository organizations, OrganizationAccountRepository memberships,
			TrustedAccess trustedAccess, PolicyTypes policyTypes, ServiceControlPolicyRepository policies,
			ServiceControlPolicyAttachments attachments, Clock clock) {
		this.policyTypes = policyTypes;
		this.policies = policies;
		this.attachments = attachments;
		this.organizations = organizations;
		this.memberships = memberships;
		this.trustedAccess = trustedAccess;
		this.clock = clock;
	}

	@Override
	public boolean isLoaded() {
		return this.organizations.existsById(DEMO_ORGANIZATION_ID);
	}

	@Override
	public void load() {
		Instant now = this.clock.instant();
		Organization organization = this.organizations.save(Organization.create(DEMO_ORGANIZATION_ID, "Example Corp",
				"111111111111", FeatureSet.ALL, now));
		this.memberships.insert("111111111111", DEMO_ORGANIZATION_ID, JoinedMethod.CREATED.name(), now);
		this.memberships.insert("222222222222", DEMO_ORGANIZATION_ID, JoinedMethod.CREATED.name(), now);
		this.memberships.insert("333333333333", DEMO_ORGANIZATION_ID, JoinedMethod.INVITED.name(), now);
		this.trustedAccess.enable(DEMO_ORGANIZATION_ID, TrustedAccess.DIRECTORY_SERVICE, now);
		this.policyTypes.enable(DEMO_ORGANIZATION_ID, ServiceControlPolicy.TYPE, now);
		this.attachments.typeEnabled(organization);
		this.policies.insert(DEMO_SCP_ID, DEMO_ORGANIZATION_ID, DEMO_SCP_NAME,
				"Member accounts accept no directory shared from outside the organization", DEMO_SCP_CONTENT, now);
	}

}
