package io.dirshare.organizations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trusted access of AWS service principals per organization (the rows of the integrated-services page). */
@Repository
public class TrustedAccess {

	/** The AWS Directory Service's service principal. */
	public static final String DIRECTORY_SERVICE = "ds.amazonaws.com";

	/**
	 * The service principals AWS lets an organization give trusted access to (AWS Organizations User
	 * Guide, "AWS services that you can use with AWS Organizations"). dirshare records trusted access for
	 * each; only the Directory Service's changes what dirshare does (sharing with the organization).
	 */
	public static final Set<String> SERVICE_PRINCIPALS = Set.of("access-analyzer.amazonaws.com",
			"account.amazonaws.com", "auditmanager.amazonaws.com", "aws-artifact-account-sync.amazonaws.com",
			"backup.amazonaws.com", "bcm-data-exports.amazonaws.com", "cloudtrail.amazonaws.com",
			"compute-optimizer.amazonaws.com", "config.amazonaws.com", "config-multiaccountsetup.amazonaws.com",
			"controltower.amazonaws.com", "cost-optimization-hub.bcm.amazonaws.com", "detective.amazonaws.com",
			"devops-guru.amazonaws.com", DIRECTORY_SERVICE, "fms.amazonaws.com", "guardduty.amazonaws.com",
			"health.amazonaws.com", "iam.amazonaws.com", "inspector2.amazonaws.com", "ipam.amazonaws.com",
			"license-manager.amazonaws.com", "license-manager.member-account.amazonaws.com",
			"license-management.marketplace.amazonaws.com", "macie.amazonaws.com",
			"malware-protection.guardduty.amazonaws.com", "member.org.stacksets.cloudformation.amazonaws.com",
			"mgn.amazonaws.com", "networkmanager.amazonaws.com", "ram.amazonaws.com",
			"reachabilityanalyzer.networkinsights.amazonaws.com", "reporting.trustedadvisor.amazonaws.com",
			"resource-explorer-2.amazonaws.com", "securityhub.amazonaws.com", "securitylake.amazonaws.com",
			"servicecatalog.amazonaws.com", "servicequotas.amazonaws.com", "ssm.amazonaws.com", "sso.amazonaws.com",
			"storage-lens.s3.amazonaws.com", "tagpolicies.tag.amazonaws.com", "wellarchitected.amazonaws.com");

	public static boolean isKnown(String servicePrincipal) {
		return SERVICE_PRINCIPALS.contains(servicePrincipal);
	}

	public record Enabled(String servicePrincipal, Instant enabledAt) {
	}

	private final JdbcClient jdbc;

	TrustedAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Instant> enabledSince(String organizationId, String servicePrincipal) {
		return this.jdbc
			.sql("SELECT enabled_at FROM organization_service_access WHERE organization_id = :org AND service_principal = :principal")
			.param("org", organizationId)
			.param("principal", servicePrincipal)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	public boolean isEnabled(String organizationId, String servicePrincipal) {
		return enabledSince(organizationId, servicePrincipal).isPresent();
	}

	public List<Enabled> enabledServices(String organizationId) {
		return this.jdbc
			.sql("SELECT service_principal, enabled_at FROM organization_service_access WHERE organization_id = :org ORDER BY service_principal")
			.param("org", organizationId)
			.query((rs, row) -> new Enabled(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/** @return whether it was off before */
	public boolean enable(String organizationId, String servicePrincipal, Instant now) {
		if (isEnabled(organizationId, servicePrincipal)) {
			return false;
		}
		this.jdbc.sql("INSERT INTO organization_service_access (organization_id, service_principal, enabled_at) VALUES (:org, :principal, :at)")
			.param("org", organizationId)
			.param("principal", servicePrincipal)
			.param("at", Timestamp.from(now))
			.update();
		return true;
	}

	/** @return whether it was on before */
	public boolean disable(String organizationId, String servicePrincipal) {
		return this.jdbc
			.sql("DELETE FROM organization_service_access WHERE organization_id = :org AND service_principal = :principal")
			.param("org", organizationId)
			.param("principal", servicePrincipal)
			.update() > 0;
	}

	public void disableAll(String organizationId) {
		this.jdbc.sql("DELETE FROM organization_service_access WHERE organization_id = :org")
			.param("org", organizationId)
			.update();
	}

}
