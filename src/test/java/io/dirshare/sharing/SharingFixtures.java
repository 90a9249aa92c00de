package io.dirshare.sharing;

import io.dirshare.core.policy.Permissions;
import java.time.Clock;
import java.time.Instant;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Ids;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryActivationJob;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.NewDirectory;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountPositions;
import io.dirshare.identity.AccountRepository;
import io.dirshare.core.Caller;
import io.dirshare.identity.PermissionSet;
import io.dirshare.organizations.FeatureSet;
import io.dirshare.organizations.JoinedMethod;
import io.dirshare.organizations.Organization;
import io.dirshare.organizations.OrganizationAccountRepository;
import io.dirshare.organizations.OrganizationRepository;
import io.dirshare.organizations.TrustedAccess;

import org.springframework.boot.test.context.TestComponent;

/**
 * Accounts, organizations and Active directories for sharing tests, made fast (no IAM users, no
 * password hashing): services trust the {@link Caller}, which is all these tests need.
 */
@TestComponent
public class SharingFixtures {

	public static final String ADMIN_PASSWORD = "Valid-Passw0rd";

	private final AccountRepository accounts;

	private final AccountPositions positions;

	private final OrganizationRepository organizations;

	private final OrganizationAccountRepository memberships;

	private final TrustedAccess trustedAccess;

	private final DirectoryService directories;

	private final DirectoryActivationJob activation;

	private final ShareSettler settler;

	private final Clock clock;

	SharingFixtures(AccountRepository accounts, AccountPositions positions, OrganizationRepository organizations,
			OrganizationAccountRepository memberships, TrustedAccess trustedAccess, DirectoryService directories,
			DirectoryActivationJob activation, ShareSettler settler, Clock clock) {
		this.accounts = accounts;
		this.positions = positions;
		this.organizations = organizations;
		this.memberships = memberships;
		this.trustedAccess = trustedAccess;
		this.directories = directories;
		this.activation = activation;
		this.settler = settler;
		this.clock = clock;
	}

	public String account() {
		String id;
		do {
			id = Ids.accountId();
		}
		while (this.accounts.existsById(id));
		this.accounts.save(Account.create(id, "Test " + id, id + "@sharing.test.example.com", null, Instant.now()));
		return id;
	}

	/** A new organization with all features: the management account first, then members; trusted access on. */
	public String organization(String managementAccountId, String... memberAccountIds) {
		String id = Ids.organizationId();
		Instant now = this.clock.instant();
		this.organizations.save(Organization.create(id, "Org " + id, managementAccountId, FeatureSet.ALL, now));
		this.memberships.insert(managementAccountId, id, JoinedMethod.CREATED.name(), now);
		for (String member : memberAccountIds) {
			this.memberships.insert(member, id, JoinedMethod.INVITED.name(), now);
		}
		this.trustedAccess.enable(id, TrustedAccess.DIRECTORY_SERVICE, now);
		return id;
	}

	public Caller caller(String accountId, PermissionSet permissionSet, AwsRegion region) {
		return new Caller(accountId, "admin", this.positions.of(accountId), Permissions.of(permissionSet.managedPolicy()),
				Caller.EventSource.CONSOLE, "127.0.0.1", region);
	}

	public Caller admin(String accountId) {
		return caller(accountId, PermissionSet.AdministratorAccess, AwsRegion.US_EAST_1);
	}

	/** An Active directory of the caller's account in the caller's Region. */
	public Directory activeDirectory(Caller owner, String edition) {
		Directory created = this.directories.createMicrosoftAd(owner,
				new NewDirectory("d" + Ids.random("abcdefghij", 8) + ".example.com", null, ADMIN_PASSWORD, null, edition));
		this.activation.activateDue(this.clock.instant().plusSeconds(3600));
		return this.directories.directory(owner, created.id());
	}

	/** Runs the settle job as if the delay were over. */
	public int settle() {
		return this.settler.settleDue(this.clock.instant().plusSeconds(3600));
	}

}
