package io.dirshare.sharing.requests;

import java.util.Set;

import io.dirshare.core.AccountPosition;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.demo.DemoDataSet;
import io.dirshare.identity.PermissionSet;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's requestable directory (README, "Demo identities"): {@code corp.example.com} of 111111111111
 * offered to the organization's accounts in us-east-1, so 333333333333 can request access to it. Made
 * through the service, after the sharing demo data made the directory.
 */
@Component
@Order(31)
class AccessRequestsDemoData implements DemoDataSet {

	static final String DESCRIPTION = "Corporate sign-in for workloads of Example Corp's accounts: request it for "
			+ "servers that join the corp.example.com domain.";

	private final RequestableDirectories requestable;

	private final JdbcClient jdbc;

	AccessRequestsDemoData(RequestableDirectories requestable, JdbcClient jdbc) {
		this.requestable = requestable;
		this.jdbc = jdbc;
	}

	@Override
	public boolean isLoaded() {
		return this.jdbc.sql("SELECT COUNT(*) FROM requestable_directory WHERE owner_account_id = :owner")
			.param("owner", DEMO_ACCOUNT)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public void load() {
		String corp = this.jdbc.sql("SELECT id FROM directory WHERE account_id = :owner AND dns_name = 'corp.example.com'")
			.param("owner", DEMO_ACCOUNT)
			.query(String.class)
			.optional()
			.orElse(null);
		if (corp == null) {
			return;
		}
		Caller admin = Caller.system(DEMO_ACCOUNT, DEMO_USER, AccountPosition.MANAGEMENT, AwsRegion.US_EAST_1);
		this.requestable.offer(admin, corp, DESCRIPTION);
	}

}
