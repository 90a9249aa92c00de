package io.dirshare.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Reads;
import io.dirshare.organizations.OrganizationQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's expiry of HANDSHAKE share invitations (an option AWS lacks, as RAM's invitations
 * have): off unless the management account sets 1 to 30 days. An invitation sent while it is set expires
 * that long after it was sent; changing the setting leaves invitations already sent as they were.
 */
@Service
@Transactional
public class InvitationExpiry {

	public static final int MIN_DAYS = 1;

	public static final int MAX_DAYS = 30;

	/** How long before an invitation expires its consumer is reminded. */
	public static final Duration REMINDER = Duration.ofDays(1);

	/** What the settings page shows: the organization's setting and whether the caller may change it. */
	public record Setting(String organizationId, Integer days, boolean editable) {

		public boolean enabled() {
			return this.days != null;
		}

	}

	private final JdbcClient jdbc;

	private final OrganizationQueries organizations;

	private final AuditTrail audit;

	private final Clock clock;

	InvitationExpiry(JdbcClient jdbc, OrganizationQueries organizations, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The setting of the caller's organization, or empty when the account is in none. */
	@Reads
	public Optional<Setting> setting(Caller caller) {
		return this.organizations.membershipOf(caller.accountId())
			.map((membership) -> new Setting(membership.organization().id(), days(membership.organization().id()),
					membership.isManagementAccount() && caller.can(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS)));
	}

	/**
	 * Sets the expiry ({@code null}: invitations never expire). The management account's admins decide
	 * it, those who may decide the organization's service access.
	 */
	public void set(Caller caller, Integer days) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS,
				"shareInvitationExpiryDays=" + ((days != null) ? days : "off"), () -> {
					if (days != null && (days < MIN_DAYS || days > MAX_DAYS)) {
						throw DirectoryServiceError.INVALID_PARAMETER.exception(
								"Invitations expire after " + MIN_DAYS + " to " + MAX_DAYS + " days.");
					}
					OrganizationQueries.Membership membership = this.organizations.membershipOf(caller.accountId())
						.filter(OrganizationQueries.Membership::isManagementAccount)
						.orElseThrow(() -> DirectoryServiceError.ORGANIZATIONS.exception(
								"Only the organization's management account sets when share invitations expire."));
					String organizationId = membership.organization().id();
					this.jdbc.sql("DELETE FROM share_invitation_expiry WHERE organization_id = :organization")
						.param("organization", organizationId)
						.update();
					if (days != null) {
						this.jdbc.sql("INSERT INTO share_invitation_expiry (organization_id, expiry_days, updated_at) "
								+ "VALUES (:organization, :days, :now)")
							.param("organization", organizationId)
							.param("days", days)
							.param("now", Timestamp.from(this.clock.instant()))
							.update();
					}
					return null;
				});
	}

	/** When an invitation the owner account sends at {@code now} expires, or {@code null} for never. */
	Instant expiryOfInvitationFrom(String ownerAccountId, Instant now) {
		return this.organizations.membershipOf(ownerAccountId)
			.map((membership) -> days(membership.organization().id()))
			// Whole milliseconds, as the databases store them: rounded up, it would be open past its expiry.
			.map((days) -> now.plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MILLIS))
			.orElse(null);
	}

	private Integer days(String organizationId) {
		return this.jdbc.sql("SELECT expiry_days FROM share_invitation_expiry WHERE organization_id = :organization")
			.param("organization", organizationId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

}
