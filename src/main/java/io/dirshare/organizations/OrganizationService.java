package io.dirshare.organizations;

import java.time.Clock;
import java.util.Locale;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.identity.Action;
import io.dirshare.identity.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of AWS Organizations, in one place for the portal and the API: only the management
 * account manages, and every change is audited.
 */
@Service
@Transactional
public class OrganizationService {

	/** The word the Services page asks for before trusted access is disabled. */
	public static final String DISABLE_CONFIRMATION_WORD = "disable";

	private final OrganizationQueries queries;

	private final TrustedAccess trustedAccess;

	private final AuditTrail audit;

	private final Clock clock;

	OrganizationService(OrganizationQueries queries, TrustedAccess trustedAccess, AuditTrail audit, Clock clock) {
		this.queries = queries;
		this.trustedAccess = trustedAccess;
		this.audit = audit;
		this.clock = clock;
	}

	/** Enables trusted access for a service principal (needs all features). Enabling twice is harmless. */
	public void enableTrustedAccess(Caller caller, String servicePrincipal) {
		this.audit.audited(caller, Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS, "servicePrincipal=" + servicePrincipal,
				() -> {
					caller.require(Action.ORGANIZATIONS_ENABLE_SERVICE_ACCESS);
					Organization organization = managedOrganization(caller);
					requireKnownServicePrincipal(servicePrincipal);
					if (!organization.hasAllFeatures()) {
						throw notInAllFeaturesMode();
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
		this.audit.audited(caller, Action.ORGANIZATIONS_DISABLE_SERVICE_ACCESS, "servicePrincipal=" + servicePrincipal,
				() -> {
					caller.require(Action.ORGANIZATIONS_DISABLE_SERVICE_ACCESS);
					Organization organization = managedOrganization(caller);
					requireKnownServicePrincipal(servicePrincipal);
					if (confirmation == null
							|| !DISABLE_CONFIRMATION_WORD.equals(confirmation.trim().toLowerCase(Locale.ROOT))) {
						throw AwsException.invalid("InvalidInputException",
								"Type \"" + DISABLE_CONFIRMATION_WORD + "\" to confirm that trusted access is disabled.");
					}
					this.trustedAccess.disable(organization.id(), servicePrincipal);
					return null;
				});
	}

	/**
	 * The organization the caller's account manages; refuses callers outside an organization
	 * ({@code AWSOrganizationsNotInUseException}) and member accounts ({@code AccessDeniedException}).
	 */
	public Organization managedOrganization(Caller caller) {
		OrganizationQueries.Membership membership = this.queries.membershipOf(caller.accountId())
			.orElseThrow(OrganizationService::notInUse);
		if (!membership.isManagementAccount()) {
			throw AwsException.accessDenied("You don't have permissions to access this resource. "
					+ "Only the organization's management account can do this.");
		}
		return membership.organization();
	}

	static AwsException notInUse() {
		return AwsException.invalid("AWSOrganizationsNotInUseException",
				"Your account is not a member of an organization.");
	}

	static AwsException notInAllFeaturesMode() {
		return new AwsException(AwsException.Kind.CONFLICT, "ConstraintViolationException",
				"The organization must have all features enabled.",
				java.util.Map.of("Reason", "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE"));
	}

	private static void requireKnownServicePrincipal(String servicePrincipal) {
		if (!TrustedAccess.DIRECTORY_SERVICE.equals(servicePrincipal)) {
			throw AwsException.invalid("InvalidInputException", "You specified an unrecognized service principal.");
		}
	}

}
