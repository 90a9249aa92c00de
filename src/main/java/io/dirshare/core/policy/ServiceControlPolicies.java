package io.dirshare.core.policy;

import java.util.List;

/**
 * SPI: the service control policies that cap an account (implemented by the organizations side).
 * Without an implementation no SCP applies anywhere.
 */
public interface ServiceControlPolicies {

	/**
	 * The levels from the root down to the account, each with its attached SCPs; an empty list when
	 * no SCP applies: the management account, an account outside any organization, or an organization
	 * whose SERVICE_CONTROL_POLICY type is not enabled.
	 */
	List<ScpLevel> levelsFor(String accountId);

}
