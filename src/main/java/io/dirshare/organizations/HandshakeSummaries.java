package io.dirshare.organizations;

import java.time.Instant;
import java.util.List;

import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;

import org.springframework.stereotype.Component;

/** Turns handshake rows into what their parties see: the state at a moment, the organization, the accounts. */
@Component
class HandshakeSummaries {

	private final OrganizationRepository organizations;

	private final AccountRepository accounts;

	HandshakeSummaries(OrganizationRepository organizations, AccountRepository accounts) {
		this.organizations = organizations;
		this.accounts = accounts;
	}

	HandshakeSummary summary(Handshake handshake, Instant now) {
		Organization organization = this.organizations.findById(handshake.organizationId()).orElseThrow();
		return new HandshakeSummary(handshake, handshake.stateAt(now), organization,
				account(organization.managementAccountId()), account(handshake.targetAccountId()));
	}

	List<HandshakeSummary> summaries(List<Handshake> handshakes, Instant now) {
		return handshakes.stream().map((handshake) -> summary(handshake, now)).toList();
	}

	private Account account(String accountId) {
		return this.accounts.findById(accountId).orElseThrow();
	}

}
