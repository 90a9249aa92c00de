package io.dirshare.organizations;

/** How an account came into its organization. */
public enum JoinedMethod {

	CREATED, INVITED

}
