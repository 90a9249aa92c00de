package io.dirshare.test;

import io.dirshare.core.policy.Permissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.dirshare.DirshareApplication;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.Ids;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.NewDirectory;
import io.dirshare.identity.AccessKeyService;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountPositions;
import io.dirshare.identity.AccountRepository;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;
import io.dirshare.organizations.FeatureSet;
import io.dirshare.organizations.HandshakeService;
import io.dirshare.organizations.OrganizationService;
import io.dirshare.organizations.TrustedAccessService;
import io.dirshare.sharing.OwnerSharingService;
import io.dirshare.sharing.ShareMethod;
import io.dirshare.sharing.ShareTarget;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application on a random port with an in-memory database of its own, for the property
 * tests that hammer it (plain JUnit tests that start it themselves, outside Spring's test context
 * framework): started once per test JVM, with an account set-up per test class ({@link #newFixture})
 * and a snapshot of row counts that tells whether a refused request changed anything.
 */
public final class FuzzTarget {

	/** Tables that change on every request whatever its outcome: the event history, sign-in bookkeeping, sessions. */
	private static final Set<String> VOLATILE_TABLES = Set.of("audit_event", "flyway_schema_history",
			"sign_in_attempt", "sign_in_guard", "spring_session", "spring_session_attributes");

	private static FuzzTarget started;

	/** What a test class gets to work with: a management account with an organization, a member, an outsider. */
	public record Fixture(String managementId, String memberId, String outsiderId, String directoryId,
			String sharedDirectoryId, String handshakeId, String accessKeyId, String secretAccessKey,
			String otherUserName) {

	}

	private final ConfigurableApplicationContext context;

	private volatile String countAllTables;

	private FuzzTarget(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static synchronized FuzzTarget get() {
		if (started == null) {
			started = new FuzzTarget(new SpringApplicationBuilder(DirshareApplication.class,
					TestDatabaseConfiguration.class)
				.profiles("test")
				.run("--server.port=0", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
						"--spring.datasource.url=jdbc:h2:mem:dirshare-fuzz;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
								+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
						"--spring.datasource.username=sa", "--spring.datasource.password=",
						"--dirshare.test.clean-database=false"));
		}
		return started;
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/**
	 * A management account (its {@code admin} signs in with {@link TestAccounts#PASSWORD} and has an
	 * access key; a read-only user beside it) of an organization with all features and trusted access,
	 * a member that joined by invitation, an outsider with an open invitation, an Enterprise directory
	 * shared with the outsider by handshake.
	 */
	public Fixture newFixture() {
		String management = account("Fuzz management");
		String member = account("Fuzz member");
		String outsider = account("Fuzz outsider");
		bean(OrganizationService.class).createOrganization(admin(management), FeatureSet.ALL);
		HandshakeService handshakes = bean(HandshakeService.class);
		handshakes.acceptHandshake(admin(member), handshakes.inviteAccount(admin(management), member, null).id());
		bean(TrustedAccessService.class).enableTrustedAccess(admin(management), "ds.amazonaws.com");
		String directory = bean(DirectoryService.class)
			.createActiveForDemo(admin(management), new NewDirectory(
					"fuzz" + Ids.random("abcdefghij", 8) + ".example.com", null, "Valid-Passw0rd", null, "Enterprise"))
			.id();
		String shared = bean(OwnerSharingService.class).shareDirectory(admin(management), directory,
				ShareTarget.account(outsider), ShareMethod.HANDSHAKE, "Fuzzed");
		String handshake = handshakes.inviteAccount(admin(management), outsider, "Join us").id();
		bean(IamUserService.class).createInitialUser(management, "auditor", TestAccounts.PASSWORD,
				PermissionSet.ReadOnlyAccess);
		AccessKeyService.NewAccessKey key = bean(AccessKeyService.class).create(admin(management), "admin");
		return new Fixture(management, member, outsider, directory, shared, handshake, key.key().accessKeyId(),
				key.secretAccessKey(), "auditor");
	}

	private String account(String name) {
		AccountRepository accounts = bean(AccountRepository.class);
		String id;
		do {
			id = Ids.accountId();
		}
		while (accounts.existsById(id));
		accounts.save(Account.create(id, name, id + "@fuzz.test.example.com", null, Instant.now()));
		bean(IamUserService.class).createInitialUser(id, "admin", TestAccounts.PASSWORD,
				PermissionSet.AdministratorAccess);
		return id;
	}

	public Caller admin(String accountId) {
		return new Caller(accountId, "admin", bean(AccountPositions.class).of(accountId),
				Permissions.of(PermissionSet.AdministratorAccess.managedPolicy()), Caller.EventSource.CONSOLE, "127.0.0.1",
				AwsRegion.US_EAST_1);
	}

	/** Rows per table, leaving out the tables every request writes to ({@link #VOLATILE_TABLES}). */
	public TreeMap<String, Long> rowCounts() {
		if (this.countAllTables == null) {
			this.countAllTables = tables().stream()
				.map((table) -> "SELECT '" + table + "' AS t, COUNT(*) AS n FROM " + table)
				.collect(Collectors.joining(" UNION ALL "));
		}
		TreeMap<String, Long> counts = new TreeMap<>();
		bean(JdbcClient.class).sql(this.countAllTables)
			.query((rs) -> {
				counts.put(rs.getString("t"), rs.getLong("n"));
			});
		return counts;
	}

	private Set<String> tables() {
		Set<String> tables = new TreeSet<>();
		try (Connection connection = bean(DataSource.class).getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			try (ResultSet rows = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (rows.next()) {
					String table = rows.getString("TABLE_NAME").toLowerCase();
					if (!VOLATILE_TABLES.contains(table)) {
						tables.add(table);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return tables;
	}

}
