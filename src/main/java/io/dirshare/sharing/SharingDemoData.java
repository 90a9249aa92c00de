package io.dirshare.sharing;

import java.util.Map;

import io.dirshare.core.AwsRegion;
import io.dirshare.demo.DemoDataSet;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.DirectoryTagService;
import io.dirshare.directories.NewDirectory;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.Caller;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo directories of 111111111111 (README, "Directory sharing"): {@code corp.example.com}
 * (Enterprise, us-east-1 replicated to us-west-2) shared with 222222222222 through the organization, and
 * {@code lab.example.com} (Standard, us-east-1, tagged {@code env=lab}: the one directory diradmin's
 * ShareLabDirectoriesOnly policy lets it share) with a pending invitation to 444444444444. Made through
 * the services, so they look exactly like directories made in the portal; Active and settled at once.
 */
@Component
@Order(30)
class SharingDemoData implements DemoDataSet {

	static final String OWNER = "111111111111";

	/** Checked, never stored, as for every directory. */
	private static final String DEMO_ADMIN_PASSWORD = "Demo-Directory-1";

	private final DirectoryService directories;

	private final OwnerSharingService sharing;

	private final DirectoryTagService tags;

	private final ShareSettler settler;

	private final JdbcClient jdbc;

	SharingDemoData(DirectoryService directories, DirectoryTagService tags, OwnerSharingService sharing,
			ShareSettler settler, JdbcClient jdbc) {
		this.directories = directories;
		this.tags = tags;
		this.sharing = sharing;
		this.settler = settler;
		this.jdbc = jdbc;
	}

	@Override
	public boolean isLoaded() {
		return this.jdbc.sql("SELECT COUNT(*) FROM directory WHERE account_id = :owner AND dns_name = 'corp.example.com'")
			.param("owner", OWNER)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public void load() {
		Caller admin = Caller.system(OWNER, "admin", AccountPosition.MANAGEMENT, AwsRegion.US_EAST_1);
		Directory corp = this.directories.createActiveForDemo(admin, new NewDirectory("corp.example.com", "CORP",
				DEMO_ADMIN_PASSWORD, "Corporate directory", "Enterprise"));
		this.directories.addRegion(admin, corp.id(), AwsRegion.US_WEST_2.code());
		this.sharing.shareDirectory(admin, corp.id(), ShareTarget.account("222222222222"), ShareMethod.ORGANIZATIONS,
				null);
		Directory lab = this.directories.createActiveForDemo(admin,
				new NewDirectory("lab.example.com", "LAB", DEMO_ADMIN_PASSWORD, "Lab directory", "Standard"));
		this.tags.addTags(admin, lab.id(), Map.of("env", "lab"));
		this.sharing.shareDirectory(admin, lab.id(), ShareTarget.account("444444444444"), ShareMethod.HANDSHAKE,
				"Lab access for Partner Co");
		// The demo starts settled: the organization share is Shared, not Sharing.
		this.settler.settleAllNow();
	}

}
