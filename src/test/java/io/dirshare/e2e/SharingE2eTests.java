package io.dirshare.e2e;

import io.dirshare.core.policy.Permissions;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.Caller;
import io.dirshare.identity.PermissionSet;
import io.dirshare.organizations.TrustedAccess;
import io.dirshare.organizations.TrustedAccessService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The AWS tutorial's journeys on the demo data, one after another in one database: the owner shares
 * through the organization and by handshake, the other accounts' admins accept and reject, the owner
 * unshares, and with trusted access disabled the organization option refuses while existing shares stay.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharingE2eTests extends BrowserTest {

	private static final String SHARE_IN_US_EAST_1 = "Share in US East (N. Virginia)";

	private static final String NOTE = "Welcome to the lab <script>alert('x')</script> — ask #it-help";

	@Autowired
	TrustedAccessService trustedAccess;

	@Test
	@Order(1)
	void theOwnerSharesCorpWithProdThroughTheOrganization() {
		this.page.onDialog((dialog) -> dialog.accept());
		signInAsDemo("111111111111", "admin");
		openScaleAndShare("corp.example.com");
		assertThat(status("222222222222")).hasText("Shared");
		screenshot("sharing-01-corp-scale-and-share");

		action("Create new shared directory", AriaRole.LINK).click();
		this.page.waitForLoadState();
		assertThat(this.page.getByLabel("Share this directory with AWS accounts inside your organization")).isChecked();
		this.page.getByLabel("AWS account in your organization").selectOption("333333333333");
		button("Add").click();
		assertThat(this.page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Accounts to share with")))
			.containsText("333333333333");
		assertThat(this.page.getByTestId("pricing-accounts")).hasText("1");
		assertThat(this.page.getByTestId("pricing-hourly")).hasText("USD 0.05");
		assertThat(this.page.getByTestId("pricing-monthly")).hasText("USD 36.00");
		screenshot("sharing-02-wizard-organization");

		button(SHARE_IN_US_EAST_1).click();
		assertThat(this.page.getByTestId("result-333333333333")).hasText("Sharing started");
		screenshot("sharing-03-results-organization");

		button("View shared directories", AriaRole.LINK).click();
		assertThat(status("333333333333")).hasText("Shared", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
		screenshot("sharing-04-corp-shared-with-prod");
	}

	@Test
	@Order(2)
	void theOwnerSharesLabWithProdByHandshakeWithANote() {
		signInAsDemo("111111111111", "admin");
		openScaleAndShare("lab.example.com");
		assertThat(status("444444444444")).hasText("PendingAcceptance");
		action("Create new shared directory", AriaRole.LINK).click();
		this.page.waitForLoadState();

		this.page.getByLabel("Share this directory with other AWS accounts").check();
		this.page.getByLabel("AWS account ID(s)").fill("333333333333");
		button("Add").click();
		assertThat(this.page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Accounts to share with")))
			.containsText("333333333333");
		this.page.getByLabel("Send a note").fill(NOTE);
		assertThat(this.page.locator("#notes-counter")).hasText((1024 - NOTE.length()) + " characters left");
		screenshot("sharing-05-wizard-handshake");

		button(SHARE_IN_US_EAST_1).click();
		assertThat(this.page.getByTestId("result-333333333333")).hasText("Invitation sent");
		button("View shared directories", AriaRole.LINK).click();
		assertThat(status("333333333333")).hasText("PendingAcceptance");
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Shared directories")))
			.containsText("Welcome to the lab <script>");
		screenshot("sharing-06-lab-pending-acceptance");
	}

	@Test
	@Order(3)
	void prodReviewsTheNoteAndAccepts() {
		signInAsDemo("333333333333", "admin");
		assertThat(this.page.locator("#nav-badge-sharedWithMe")).hasText("1");
		sharedWithMe().click();
		screenshot("sharing-07-prod-shared-with-me");

		button("Review invitation for lab.example.com", AriaRole.LINK).click();
		assertThat(this.page.getByTestId("share-notes")).hasText(NOTE);
		assertThat(this.page.locator("script:has-text(\"alert('x')\")")).hasCount(0);
		screenshot("sharing-08-prod-review-invitation");

		button("Accept").click();
		assertThat(this.page.getByTestId("share-status")).hasText("Shared",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
		assertThat(this.page.getByText("SharedMicrosoftAD")).isVisible();
		assertThat(this.page.locator("#nav-badge-sharedWithMe")).isHidden();
		screenshot("sharing-09-prod-shared-directory");
	}

	@Test
	@Order(4)
	void partnerRejectsTheDemoInvitation() {
		this.page.onDialog((dialog) -> dialog.accept());
		signInAsDemo("444444444444", "admin");
		sharedWithMe().click();
		button("Review invitation for lab.example.com", AriaRole.LINK).click();
		assertThat(this.page.getByTestId("share-notes")).hasText("Lab access for Partner Co");
		screenshot("sharing-10-partner-review-invitation");

		button("Reject").click();
		assertThat(this.page.getByText("You rejected the shared directory")).isVisible();
		// The console keeps the rejected row, with the note, unless Hide rejected is ticked.
		assertThat(this.page.getByTestId("shared-status-lab.example.com")).hasText("Rejected",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
		assertThat(this.page.getByTestId("shared-notes-lab.example.com")).hasText("Lab access for Partner Co");
		this.page.getByLabel("Hide rejected").check();
		assertThat(this.page.getByText("No directory is shared with this account")).isVisible();
		screenshot("sharing-11-partner-rejected");
	}

	@Test
	@Order(5)
	void theOwnerUnsharesAndTheConsumersEntryDisappears() {
		signInAsDemo("111111111111", "admin");
		openScaleAndShare("lab.example.com");
		assertThat(status("444444444444")).hasText("Rejected");
		this.page.getByLabel("Select 333333333333").check();
		action("Unshare", AriaRole.BUTTON).click();
		assertThat(this.page.getByRole(AriaRole.DIALOG)).containsText("333333333333");
		screenshot("sharing-12-unshare-dialog");

		button("Unshare").click();
		assertThat(status("333333333333")).hasText(Pattern.compile("Deleting|Deleted"));
		screenshot("sharing-13-unsharing");
		assertThat(status("333333333333")).hasCount(0,
				new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
		this.page.getByLabel("Hide deleted").uncheck();
		assertThat(status("333333333333")).hasText("Deleted");
		screenshot("sharing-14-unshared-deleted-shown");

		newSession();
		signInAsDemo("333333333333", "admin");
		sharedWithMe().click();
		assertThat(this.page.getByRole(AriaRole.TABLE)).not().containsText("lab.example.com");
		assertThat(this.page.getByRole(AriaRole.TABLE)).containsText("corp.example.com");
		this.page.getByLabel("Hide deleted").uncheck();
		assertThat(this.page.getByTestId("shared-status-lab.example.com")).hasText("Deleted");
		screenshot("sharing-15-prod-after-unshare");
	}

	@Test
	@Order(6)
	void withTrustedAccessDisabledTheOrganizationOptionRefusesWhileExistingSharesStayShared() {
		Caller managementAdmin = new Caller("111111111111", "admin", AccountPosition.MANAGEMENT,
				Permissions.of(PermissionSet.AdministratorAccess.managedPolicy()), Caller.EventSource.CONSOLE, "127.0.0.1",
				AwsRegion.US_EAST_1);
		this.trustedAccess.disableTrustedAccess(managementAdmin, TrustedAccess.DIRECTORY_SERVICE, "disable");

		signInAsDemo("111111111111", "diradmin");
		openScaleAndShare("corp.example.com");
		assertThat(status("222222222222")).hasText("Shared");
		assertThat(status("333333333333")).hasText("Shared");
		action("Create new shared directory", AriaRole.LINK).click();
		this.page.waitForLoadState();
		assertThat(this.page.getByRole(AriaRole.NOTE)).containsText("Trusted access for AWS Directory Service");
		assertThat(this.page.getByRole(AriaRole.NOTE)).containsText("Ask an administrator");
		assertThat(this.page.getByLabel("Enable trusted access for AWS Directory Service as part of sharing")).hasCount(0);
		// Every account of the organization already has a live share here: they are marked and not offered.
		assertThat(this.page.getByLabel("AWS account in your organization").locator("option:enabled")).hasCount(0);
		assertThat(this.page.getByLabel("AWS account in your organization")).containsText("already shared (Shared)");
		button(SHARE_IN_US_EAST_1).click();
		assertThat(this.page.locator("#targets-error")).hasText("Add at least one AWS account to share with.");
		screenshot("sharing-16-trusted-access-disabled-wizard");

		button("Cancel", AriaRole.LINK).click();
		assertThat(status("222222222222")).hasText("Shared");
		assertThat(status("333333333333")).hasText("Shared");
	}

	private void openScaleAndShare(String dnsName) {
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Directories").setExact(true))
			.click();
		this.page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(dnsName))
			.getByRole(AriaRole.LINK)
			.click();
		button("Scale & share", AriaRole.LINK).click();
	}

	/** The navigation link; its name ends with the count of pending invitations, if any. */
	private Locator sharedWithMe() {
		return this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Directories shared with me")));
	}

	/** An item of the Shared directories section's Actions menu. */
	private Locator action(String name, AriaRole role) {
		button("Actions").click();
		return button(name, role);
	}

	private Locator status(String accountId) {
		return this.page.getByTestId("share-status-" + accountId);
	}

	private Locator button(String name) {
		return button(name, AriaRole.BUTTON);
	}

	private Locator button(String name, AriaRole role) {
		return this.page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
