package io.dirshare.core.policy;

/**
 * SPI: where the identity-based policies of IAM users come from (implemented by the identity module).
 */
public interface PrincipalPolicies {

	/** The policies in effect for a user, or {@link IdentityPolicies#NONE} for an unknown user. */
	IdentityPolicies of(String accountId, String userName);

}
