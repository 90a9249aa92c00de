package io.dirshare.demo;

/**
 * One feature's part of the demo data. Each part is loaded once, in {@link org.springframework.core.annotation.Order}
 * (identity first), and says itself whether it is there already, so a database made by an older
 * version gets the parts it lacks.
 */
public interface DemoDataSet {

	/** The password of every demo IAM user. */
	String DEMO_PASSWORD = "dirshare-demo";

	/** The demo's management account, its alias and administrator: whom the start-up line invites to sign in. */
	String DEMO_ACCOUNT = "111111111111";

	String DEMO_ACCOUNT_ALIAS = "example-corp";

	String DEMO_USER = "admin";

	boolean isLoaded();

	void load();

}
