package io.dirshare.e2e;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.policy.Permissions;
import io.dirshare.identity.PermissionSet;
import io.dirshare.sharing.OwnerSharingService;
import io.dirshare.sharing.ShareMethod;
import io.dirshare.sharing.ShareTarget;
import io.dirshare.test.MutableTestClock;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Self-service sharing on the demo data: Example Prod requests corp.example.com (which the demo offers)
 * and the owner approves it, which both see; the owner offers lab.example.com and denies Prod's request
 * with a reason Prod reads; an invitation to Partner Co reminds a day before it expires, then expires
 * for both sides (time moved with a test clock).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(MutableTestClock.class)
class AccessRequestsE2eTests extends BrowserTest {

	private static final LocatorAssertions.HasTextOptions SETTLING = new LocatorAssertions.HasTextOptions()
		.setTimeout(15_000);

	@Autowired
	MutableTestClock clock;

	@Autowired
	OwnerSharingService owners;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void prodRequestsCorpAndSeesTheApprovalLiveAndTheShareOnBothSides() {
		signInAsDemo("333333333333", "admin");
		nav("Directories available in your organization").click();
		Locator corp = row("corp.example.com");
		assertThat(corp).containsText("Corporate sign-in for workloads");
		assertThat(this.page.getByTestId("available-share-corp.example.com")).hasText("No share");
		screenshot("access-01-available-directories");

		button("Request access to corp.example.com", AriaRole.LINK).click();
		// Blanks pass the browser's "required" and are refused by the server, beside the field.
		this.page.getByLabel("Justification").fill("   ");
		button("Request access").click();
		assertThat(this.page.locator("#text-error")).isVisible();
		this.page.getByLabel("Justification").fill("The Prod web servers must join corp.example.com for employee sign-in.");
		screenshot("access-02-request-access");
		button("Request access").click();
		assertThat(this.page.getByTestId("available-share-corp.example.com")).hasText("Request pending");
		String corpId = directoryId("corp.example.com");
		Locator outcome = this.page.getByTestId("my-request-status-" + corpId);
		assertThat(outcome).hasText("Pending");

		// The owner's admin, at another computer, while Prod's page stays open.
		Page owner = newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)).newPage();
		signIn(owner, "111111111111", "admin");
		assertThat(owner.locator("#nav-badge-accessRequests")).hasText("1");
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Access requests"))).click();
		assertThat(owner.getByTestId("request-status-333333333333")).hasText("Pending");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
			.setName("Approve the request of 333333333333 for corp.example.com")).click();
		assertThat(owner.locator("#flash")).containsText("You approved the request of account 333333333333");
		assertThat(owner.getByTestId("request-status-333333333333")).hasText("Approved");
		assertThat(owner.locator("#nav-badge-accessRequests")).isHidden();

		// Prod's page shows the outcome by itself.
		assertThat(outcome).hasText("Approved", SETTLING);
		assertThat(this.page.getByTestId("my-request-outcome-" + corpId)).containsText("Shared with this account as d-");
		assertThat(this.page.getByTestId("available-share-corp.example.com")).containsText("Shared");
		screenshot("access-03-request-approved");
		nav("Directories shared with me").click();
		assertThat(this.page.getByTestId("shared-status-corp.example.com")).hasText("Shared", SETTLING);

		owner.navigate(url("/directories/" + corpId + "?tab=share"));
		assertThat(owner.getByTestId("share-status-333333333333")).hasText("Shared", SETTLING);
		assertThat(owner.getByTestId("requestable-state")).hasText("Requestable");
	}

	@Test
	@Order(2)
	void theOwnerOffersLabAndDeniesProdsRequestWithAReasonProdReads() {
		signInAsDemo("111111111111", "admin");
		String labId = directoryId("lab.example.com");
		this.page.navigate(url("/directories/" + labId + "?tab=share"));
		assertThat(this.page.getByTestId("requestable-state")).hasText("Not requestable");
		this.page.getByLabel("Description for requesting accounts").fill("  ");
		button("Make requestable").click();
		assertThat(this.page.locator("#requestable-error")).isVisible();
		this.page.getByLabel("Description for requesting accounts").fill("Lab directory for experiments; not for production.");
		button("Make requestable").click();
		assertThat(this.page.locator("#flash")).containsText("can now request access to " + labId);
		assertThat(this.page.getByTestId("requestable-state")).hasText("Requestable");
		screenshot("access-04-lab-requestable");
		signOut();

		signInAsDemo("333333333333", "admin");
		nav("Directories available in your organization").click();
		button("Request access to lab.example.com", AriaRole.LINK).click();
		this.page.getByLabel("Justification").fill("Prod wants to try the lab.");
		button("Request access").click();
		assertThat(this.page.getByTestId("my-request-status-" + labId)).hasText("Pending");
		signOut();

		signInAsDemo("111111111111", "admin");
		nav("Access requests").click();
		button("Deny the request of 333333333333 for lab.example.com", AriaRole.LINK).click();
		this.page.getByLabel("Reason for the denial").fill(" ");
		button("Deny request").click();
		assertThat(this.page.locator("#text-error")).isVisible();
		this.page.getByLabel("Reason for the denial").fill("The lab is for the platform team only; ask #platform.");
		button("Deny request").click();
		assertThat(this.page.locator("#flash")).containsText("You denied the request of account 333333333333");
		signOut();

		signInAsDemo("333333333333", "admin");
		nav("Directories available in your organization").click();
		assertThat(this.page.getByTestId("my-request-status-" + labId)).hasText("Denied");
		assertThat(this.page.getByTestId("my-request-outcome-" + labId))
			.hasText("Denied: The lab is for the platform team only; ask #platform.");
		screenshot("access-05-request-denied");
	}

	@Test
	@Order(3)
	void anInvitationRemindsPartnerADayBeforeAndThenExpiresForBothSides() {
		signInAsDemo("111111111111", "admin");
		this.page.navigate(url("/organization/services"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share invitations settings")).click();
		this.page.getByLabel("Expire share invitations that are not answered").check();
		this.page.getByLabel("Days until an invitation expires").fill("2");
		button("Save invitation expiry").click();
		assertThat(this.page.getByTestId("invitation-expiry-state")).hasText("Invitations expire after 2 days.");
		screenshot("access-06-invitation-expiry-setting");
		String corpId = directoryId("corp.example.com");
		this.owners.shareDirectory(demoAdmin(), corpId, ShareTarget.account("444444444444"), ShareMethod.HANDSHAKE,
				"Corp access for Partner Co, for two days");
		signOut();

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		signInAsDemo("444444444444", "admin");
		assertThat(this.page.getByTestId("invitation-expiry-reminder")).containsText("corp.example.com");
		nav("Directories shared with me").click();
		assertThat(this.page.getByTestId("invitation-expiry-reminder")).containsText("An invitation expires within a day.");
		assertThat(this.page.getByTestId("shared-status-corp.example.com")).hasText("PendingAcceptance");
		screenshot("access-07-invitation-reminder");

		this.clock.advance(Duration.ofDays(1));
		this.page.reload();
		assertThat(this.page.getByTestId("shared-status-corp.example.com")).hasText("Expired");
		assertThat(this.page.getByTestId("invitation-expiry-reminder")).hasCount(0);
		screenshot("access-08-invitation-expired");
		signOut();

		signInAsDemo("111111111111", "admin");
		this.page.navigate(url("/directories/" + corpId + "?tab=share"));
		assertThat(this.page.getByTestId("share-status-444444444444")).hasText("Expired");
	}

	private String directoryId(String dnsName) {
		return this.jdbc.sql("SELECT id FROM directory WHERE account_id = '111111111111' AND dns_name = :name")
			.param("name", dnsName)
			.query(String.class)
			.single();
	}

	private static Caller demoAdmin() {
		return new Caller("111111111111", "admin", AccountPosition.MANAGEMENT,
				Permissions.of(PermissionSet.AdministratorAccess.managedPolicy()), Caller.EventSource.CONSOLE,
				"127.0.0.1", AwsRegion.US_EAST_1);
	}

	private void signIn(Page other, String account, String userName) {
		other.navigate(url("/signin"));
		other.getByLabel("Account ID or alias").fill(account);
		other.getByLabel("IAM user name").fill(userName);
		other.getByLabel("Password").fill(DEMO_PASSWORD);
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(other.getByTestId("account-id")).hasText(account);
	}

	private Locator nav(String name) {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + name)));
	}

	private Locator row(String text) {
		return this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
	}

	private Locator button(String name) {
		return button(name, AriaRole.BUTTON);
	}

	private Locator button(String name, AriaRole role) {
		return this.page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
