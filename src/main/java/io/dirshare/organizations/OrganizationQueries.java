package io.dirshare.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.Reads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-only answers about organizations that other features (dashboard, sharing) need: which
 * organization an account is in, its members, whether trusted access for a service is on.
 */
@Service
@Reads
public class OrganizationQueries {

	/** An account's organization and its own membership. */
	public record Membership(Organization organization, OrganizationAccount account) {

		public boolean isManagementAccount() {
			return this.organization.isManagedBy(this.account.accountId());
		}

	}

	private final OrganizationAccountRepository memberships;

	private final TrustedAccess trustedAccess;

	private final JdbcClient jdbc;

	OrganizationQueries(OrganizationAccountRepository memberships, TrustedAccess trustedAccess, JdbcClient jdbc) {
		this.memberships = memberships;
		this.trustedAccess = trustedAccess;
		this.jdbc = jdbc;
	}

	/** The account's organization and membership, in one statement: most pages and API calls ask it. */
	public Optional<Membership> membershipOf(String accountId) {
		return this.jdbc.sql("""
				SELECT o.id, o.name, o.management_account_id, o.feature_set, o.created_at, o.version,
				    oa.account_id, oa.joined_method, oa.joined_at
				FROM organization_account oa JOIN organization o ON o.id = oa.organization_id
				WHERE oa.account_id = :account""")
			.param("account", accountId)
			.query(OrganizationQueries::membership)
			.optional();
	}

	private static Membership membership(ResultSet rs, int row) throws SQLException {
		Organization organization = new Organization(rs.getString("id"), rs.getString("name"),
				rs.getString("management_account_id"), FeatureSet.valueOf(rs.getString("feature_set")),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
		return new Membership(organization, new OrganizationAccount(rs.getString("account_id"), organization.id(),
				JoinedMethod.valueOf(rs.getString("joined_method")), rs.getTimestamp("joined_at").toInstant()));
	}

	public List<OrganizationAccount> members(String organizationId) {
		return this.memberships.findByOrganizationIdOrderByAccountId(organizationId);
	}

	/** Whether both accounts are in one organization. */
	public boolean sameOrganization(String accountId, String otherAccountId) {
		Optional<OrganizationAccount> one = this.memberships.findById(accountId);
		Optional<OrganizationAccount> other = this.memberships.findById(otherAccountId);
		return one.isPresent() && other.isPresent() && one.get().organizationId().equals(other.get().organizationId());
	}

	public boolean isTrustedAccessEnabled(String organizationId, String servicePrincipal) {
		return this.trustedAccess.isEnabled(organizationId, servicePrincipal);
	}

}
