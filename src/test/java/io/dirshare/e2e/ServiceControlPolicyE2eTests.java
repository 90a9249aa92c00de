package io.dirshare.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.NewDirectory;
import io.dirshare.sharing.OwnerSharingService;
import io.dirshare.sharing.ShareMethod;
import io.dirshare.sharing.ShareTarget;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The README's walk-through on the demo data: Example Corp's management admin attaches the demo SCP
 * DenyAcceptingOutsideDirectories to Example Dev, whose admin is then refused accepting Partner Co's
 * invitation (Partner Co is in no organization) but may accept one from inside the organization; once
 * the SCP is detached, Partner Co's invitation is accepted too.
 */
class ServiceControlPolicyE2eTests extends BrowserTest {

	private static final String DEV = "222222222222";

	private static final String POLICY = "DenyAcceptingOutsideDirectories";

	private static final LocatorAssertions.HasTextOptions SETTLING = new LocatorAssertions.HasTextOptions()
		.setTimeout(15_000);

	@Autowired
	DirectoryService directories;

	@Autowired
	OwnerSharingService owners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberAdminIsRefusedAnOutsideDirectoryWhileTheScpIsAttachedAndAcceptsItOnceDetached() {
		// Partner Co, standalone, invites Example Dev; Example Corp invites it too, from inside the organization.
		Caller partner = Caller.system("444444444444", "admin", AccountPosition.STANDALONE, AwsRegion.US_EAST_1);
		String partnerDirectory = this.directories.createActiveForDemo(partner,
				new NewDirectory("partner.example.net", "PARTNER", "Partner-Pass-1", "Partner directory", "Standard"))
			.id();
		this.owners.shareDirectory(partner, partnerDirectory, ShareTarget.account(DEV), ShareMethod.HANDSHAKE, null);
		Caller corp = Caller.system("111111111111", "admin", AccountPosition.MANAGEMENT, AwsRegion.US_EAST_1);
		this.owners.shareDirectory(corp, labDirectoryId(), ShareTarget.account(DEV), ShareMethod.HANDSHAKE, null);

		signInAsDemo("111111111111", "admin");
		navLink("Service control policies").click();
		link(POLICY).click();
		assertThat(this.page.getByTestId("no-targets")).isVisible();
		this.page.getByLabel("Attach to the root or an account").selectOption(DEV);
		button("Attach").click();
		Locator targets = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Targets"));
		assertThat(targets).containsText(DEV);
		screenshot("scp-01-attached-to-dev");
		signOut();

		signInAsDemo(DEV, "admin");
		reviewInvitation("partner.example.net");
		button("Accept").click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Access denied")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.MAIN)).containsText("User: arn:aws:iam::" + DEV
				+ ":user/admin is not authorized to perform: ds:AcceptSharedDirectory on resource: arn:aws:ds:us-east-1:"
				+ DEV + ":directory/");
		assertThat(this.page.getByRole(AriaRole.MAIN)).containsText("with an explicit deny in a service control policy");
		screenshot("scp-02-dev-refused");
		reviewInvitation("lab.example.com");
		button("Accept").click();
		assertThat(this.page.getByTestId("share-status")).hasText("Shared", SETTLING);
		signOut();

		signInAsDemo("111111111111", "admin");
		navLink("Service control policies").click();
		link(POLICY).click();
		button("Detach from Example Dev (" + DEV + ")").click();
		assertThat(this.page.getByTestId("no-targets")).isVisible();
		signOut();

		signInAsDemo(DEV, "admin");
		reviewInvitation("partner.example.net");
		button("Accept").click();
		assertThat(this.page.getByTestId("share-status")).hasText("Shared", SETTLING);
		screenshot("scp-03-dev-accepted-after-detach");
	}

	private String labDirectoryId() {
		return this.jdbc.sql("SELECT id FROM directory WHERE account_id = '111111111111' AND dns_name = 'lab.example.com'")
			.query(String.class)
			.single();
	}

	private void reviewInvitation(String dnsName) {
		this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Directories shared with me")))
			.click();
		button("Review invitation for " + dnsName, AriaRole.LINK).click();
	}

	private Locator navLink(String name) {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/** A link in the page's content, not in the navigation. */
	private Locator link(String name) {
		return this.page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return button(name, AriaRole.BUTTON);
	}

	private Locator button(String name, AriaRole role) {
		return this.page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
