package io.dirshare.organizations;

import java.time.Clock;
import java.time.Instant;

import io.dirshare.demo.DemoDataSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organization "Example Corp": 111111111111 manages it with all features, 222222222222 was
 * created in it, 333333333333 joined by invitation; trusted access for the Directory Service is on.
 * 444444444444 stays standalone.
 */
@Component
@Order(20)
class OrganizationsDemoData implements DemoDataSet {

	static final String DEMO_ORGANIZATION_ID = "o-exampleorg1";

	private final OrganizationRepository organizations;

	private final OrganizationAccountRepository memberships;

	private final TrustedAccess trustedAccess;

	private final Clock clock;

	OrganizationsDemoData(OrganizationRepository organizations, OrganizationAccountRepository memberships,
			TrustedAccess trustedAccess, Clock clock) {
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
		this.organizations.save(Organization.create(DEMO_ORGANIZATION_ID, "Example Corp", "111111111111",
				FeatureSet.ALL, now));
		this.memberships.insert("111111111111", DEMO_ORGANIZATION_ID, JoinedMethod.CREATED.name(), now);
		this.memberships.insert("222222222222", DEMO_ORGANIZATION_ID, JoinedMethod.CREATED.name(), now);
		this.memberships.insert("333333333333", DEMO_ORGANIZATION_ID, JoinedMethod.INVITED.name(), now);
		this.trustedAccess.enable(DEMO_ORGANIZATION_ID, TrustedAccess.DIRECTORY_SERVICE, now);
	}

}
