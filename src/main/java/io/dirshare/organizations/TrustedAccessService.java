package io.dirshare.organizations;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.OrganizationsError;
import io.dirshare.core.Reads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trusted access of AWS services to the organization (EnableAWSServiceAccess and its siblings): only
 * the management account changes it, enabling needs all features, and the service principal must be
 * one AWS allows ({@link TrustedAccess#SERVICE_PRINCIPALS}); only {@value TrustedAccess#DIRECTORY_SERVICE}
 * changes what dirshare does.
 */
@Service
@Transactional
public class TrustedAccessService {

	/** The word the Services page asks for before trusted access is disabled. */
	public static final String DISABLE_CONFIRMATION_WORD = "disable";

	static final String CONFIRMATION_RULE = "Type \"" + DISABLE_CONFIRMATION_WORD
			+ "\" to confirm that trusted access is disabled.";

	private final OrganizationService organizationService;

	private final TrustedAccess trustedAccess;

	private final AuditTrail audit;

	private final Clock clock;

	TrustedAccessService(OrganizationService organizationService, TrustedAccess trustedAccess, AuditTrail audit,
			Clock clock) {
		this.organizationService = organizationService;
		this.trustedAccess = trustedAccess;
		this.audit = audit;
		this.clock = clock;
	}

	/** Enables trusted access for a service principal (needs all features). Enabling twice is harmless. */
	public void enableTrustedAccess(Caller caller, String servicePrincipal) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS, "servicePrincipal=" + servicePrincipal,
				() -> {
					Organization organization = this.organizationService.managedOrganization(caller);
					requireKnownServicePrincipal(servicePrincipal);
					if (!organization.hasAllFeatures()) {
						throw OrganizationsError.CONSTRAINT_VIOLATION.exception("The organization must have all features enabled.",
								Map.of("Reason", "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE"));
					}
					this.trustedAccess.enable(organization.id(), servicePrincipal, this.clock.instant());
					return null;
				});
	}

	/**
	 * Disables trusted access. The portal asks the admin to type {@value #DISABLE_CONFIRMATION_WORD};
	 * the API passes it for the caller. Existing directory shares are not touched.
	 */
	public void disableTrustedAccess(Caller caller, String servicePrincipal, String confirmation) {
		this.audit.authorizedChange(caller, Action.ORGANIZATIONS_DISABLE_SERVICE_ACCESS, "servicePrincipal=" + servicePrincipal,
				() -> {
					Organization organization = this.organizationService.managedOrganization(caller);
					requireKnownServicePrincipal(servicePrincipal);
					if (confirmation == null
							|| !DISABLE_CONFIRMATION_WORD.equals(confirmation.trim().toLowerCase(Locale.ROOT))) {
						throw OrganizationsError.INVALID_INPUT.exception(CONFIRMATION_RULE);
					}
					this.trustedAccess.disable(organization.id(), servicePrincipal);
					return null;
				});
	}

	/** ListAWSServiceAccessForOrganization: the service principals with trusted access. */
	@Reads
	public List<TrustedAccess.Enabled> listServiceAccess(Caller caller) {
		caller.require(Action.ORGANIZATIONS_LIST_SERVICE_ACCESS);
		return this.trustedAccess.enabledServices(this.organizationService.managedOrganization(caller).id());
	}

	private static void requireKnownServicePrincipal(String servicePrincipal) {
		if (!TrustedAccess.isKnown(servicePrincipal)) {
			throw OrganizationsError.INVALID_INPUT.exception("You specified an unrecognized service principal.");
		}
	}

}
