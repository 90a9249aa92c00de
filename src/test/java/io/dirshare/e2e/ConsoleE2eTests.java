package io.dirshare.e2e;

import io.dirshare.core.policy.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.identity.PermissionSet;
import io.dirshare.organizations.TrustedAccess;
import io.dirshare.organizations.TrustedAccessService;
import io.dirshare.sharing.OwnerSharingService;
import io.dirshare.sharing.ShareMethod;
import io.dirshare.sharing.ShareTarget;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console an AWS admin expects (issue #13), on the demo data, one journey after another: the share
 * wizard keeps what was typed and refuses early what can only fail, each tab keeps its own Region, the
 * seeds' own paths (Actions menu, Regions chosen under Multi-Region replication, the Services dialog
 * that disables trusted access, also without JavaScript), failed shares explained, live state, the event
 * history, the consumer's list, accessibility (axe-core on every page, skip link, focus) and a 390 px phone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleE2eTests extends BrowserTest {

	private static final String US_EAST_1 = "US East (N. Virginia)";

	private static final String US_WEST_2 = "US West (Oregon)";

	private static final LocatorAssertions.HasTextOptions SETTLED = new LocatorAssertions.HasTextOptions()
		.setTimeout(15_000);

	@Autowired
	TrustedAccessService trustedAccess;

	@Autowired
	OwnerSharingService owners;

	@Test
	@Order(1)
	void enterInTheAccountFieldAddsAndNothingTypedOrAddedIsLost() {
		signInAsDemo("111111111111", "admin");
		openScaleAndShare("lab.example.com");
		createNewSharedDirectory();
		this.page.getByLabel("Share this directory with other AWS accounts").check();
		Locator accountIds = this.page.getByLabel("AWS account ID(s)");
		Locator targets = this.page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Accounts to share with"));

		accountIds.fill("333333333333");
		accountIds.press("Enter");
		assertThat(targets).containsText("333333333333");
		assertThat(accountIds).hasValue("");
		assertThat(this.page.getByLabel("Share this directory with other AWS accounts")).isChecked();

		// A note typed while an Add is on its way survives the answer that replaces the form.
		Locator notes = this.page.getByLabel("Send a note");
		notes.fill("Hello Prod");
		List<Route> held = new ArrayList<>();
		this.page.route("**/share*", (route) -> {
			String body = route.request().postData();
			if (held.isEmpty() && body != null && body.contains("action=add")) {
				held.add(route);
			}
			else {
				route.resume();
			}
		});
		accountIds.fill("222222222222");
		button("Add").click();
		this.page.waitForCondition(() -> !held.isEmpty());
		notes.pressSequentially(" and Dev");
		held.get(0).resume();
		assertThat(targets).containsText("222222222222");
		assertThat(notes).hasValue("Hello Prod and Dev");
		this.page.unrouteAll();

		// What can only fail is refused at Add, beside the field, and stays there to be corrected.
		assertThat(this.page.getByTestId("already-shared")).containsText("444444444444 (PendingAcceptance)");
		accountIds.fill("111111111111 444444444444");
		accountIds.press("Enter");
		Locator errors = this.page.locator("#candidateAccountIds-error");
		assertThat(errors).containsText("111111111111 is your own account");
		assertThat(errors).containsText("already shared with 444444444444 in us-east-1 (PendingAcceptance)");
		assertThat(accountIds).hasValue("111111111111 444444444444");
		assertThat(targets).not().containsText("444444444444");

		// Switching the method parks the accounts and keeps the note; switching back brings them again.
		this.page.getByLabel("Share this directory with AWS accounts inside your organization").check();
		assertThat(this.page.getByText("No accounts added yet.")).isVisible();
		this.page.getByLabel("Share this directory with other AWS accounts").check();
		assertThat(targets).containsText("333333333333");
		assertThat(targets).containsText("222222222222");
		assertThat(notes).hasValue("Hello Prod and Dev");

		// Focus does not fall to the top of the page when the button pressed goes away.
		button("Remove 222222222222").click();
		assertThat(targets).not().containsText("222222222222");
		assertThat(this.page.locator("#targets-heading")).isFocused();
		screenshot("console-01-wizard-handshake");

		// An ID typed but not added is added by Share.
		accountIds.fill("222222222222");
		button("Share in " + US_EAST_1).click();
		assertThat(resultsHeading())
			.hasText("2 of 2 shares created in " + US_EAST_1 + " (us-east-1)");
		assertThat(this.page.getByTestId("result-222222222222")).hasText("Invitation sent");
		assertThat(this.page.getByTestId("result-333333333333")).hasText("Invitation sent");
	}

	@Test
	@Order(2)
	void eachTabKeepsItsOwnRegionAndTheRegionsOfMultiRegionReplicationAreSelectable() {
		signInAsDemo("111111111111", "admin");
		Page tabA = this.page;
		openDirectory("corp.example.com");

		Page tabB = tabA.context().newPage();
		this.page = tabB;
		tabB.navigate(url("/directories"));
		tabB.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).selectOption("us-west-2");
		tabB.waitForURL(Pattern.compile(".*region=us-west-2.*"));
		assertThat(heading(1)).containsText("us-west-2");

		// Tab A was opened in us-east-1 and stays there, whatever tab B chose.
		this.page = tabA;
		link("Scale & share").click();
		assertThat(tabA).hasURL(Pattern.compile(".*region=us-east-1.*"));
		assertThat(heading(2).first()).containsText("Shared directories in " + US_EAST_1);
		assertThat(this.page.getByTestId("share-status-222222222222")).hasText("Shared");
		createNewSharedDirectory();
		assertThat(button("Share in " + US_EAST_1)).isVisible();
		assertThat(this.page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true))).hasValue("us-east-1");

		// Tab B shares corp in us-west-2, and the wizard and the results say so.
		this.page = tabB;
		openScaleAndShare("corp.example.com");
		assertThat(heading(2).first()).containsText("Shared directories in " + US_WEST_2);
		assertThat(this.page.getByText("This directory is not shared with any account in this Region.")).isVisible();
		createNewSharedDirectory();
		this.page.getByLabel("AWS account in your organization").selectOption("333333333333");
		button("Add").click();
		assertThat(accountsToShareWith()).containsText("333333333333");
		button("Share in " + US_WEST_2).click();
		assertThat(resultsHeading()).hasText("1 of 1 shares created in " + US_WEST_2 + " (us-west-2)");
		tabB.close();

		// Seed 001: the Region is chosen under Multi-Region replication, then Scale & share shows it there.
		this.page = tabA;
		link("Cancel").click();
		link("Multi-Region replication").click();
		link("US West (Oregon) us-west-2").click();
		assertThat(heading(2).first()).containsText("Shared directories in " + US_WEST_2);
		assertThat(this.page.getByTestId("share-status-333333333333")).hasText(Pattern.compile("Sharing|Shared"));
		assertThat(this.page.getByTestId("share-status-222222222222")).hasCount(0);
		screenshot("console-02-scale-and-share-us-west-2");

		// A new tab opens in the Region chosen last.
		Page tabC = tabA.context().newPage();
		tabC.navigate(url("/directories"));
		assertThat(tabC.getByRole(AriaRole.MAIN).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(1)))
			.containsText("us-west-2");
		tabC.close();
	}

	@Test
	@Order(3)
	void aFailedShareSaysWhyAndTheFixAndSharingEnablesTrustedAccessAgain() {
		signInAsDemo("111111111111", "admin");
		String corp = corpId();
		this.page.navigate(url("/directories?region=us-west-2"));
		openScaleAndShare("corp.example.com");
		createNewSharedDirectory();
		this.page.getByLabel("AWS account in your organization").selectOption("222222222222");
		button("Add").click();
		assertThat(accountsToShareWith()).containsText("222222222222");
		// Another administrator shares the directory with the same account meanwhile.
		this.owners.shareDirectory(managementAdmin().inRegion(AwsRegion.US_WEST_2), corp, ShareTarget.account("222222222222"),
				ShareMethod.ORGANIZATIONS, null);
		button("Share in " + US_WEST_2).click();

		assertThat(resultsHeading()).hasText("0 of 1 shares created in " + US_WEST_2 + " (us-west-2)");
		assertThat(this.page.getByRole(AriaRole.ALERT).first()).containsText("The directory was not shared.");
		assertThat(this.page.getByTestId("result-222222222222")).hasText("Failed");
		assertThat(this.page.getByTestId("result-222222222222")).hasClass(Pattern.compile(".*status-bad.*"));
		assertThat(this.page.getByTestId("reason-222222222222"))
			.containsText("This account already has a live share of the directory in this Region — nothing to do");
		assertThat(this.page.getByTestId("error-code-222222222222")).containsText("DirectoryAlreadySharedException");
		assertThat(this.page.getByText("need no acceptance")).hasCount(0);
		assertThat(this.page.locator(".alert-success")).hasCount(0);
		screenshot("console-03-share-failed");

		// With trusted access off the wizard says so before sharing, and sharing enables it (seed 002's other half).
		this.trustedAccess.disableTrustedAccess(managementAdmin(), TrustedAccess.DIRECTORY_SERVICE, "disable");
		this.page.navigate(url("/directories/" + corp + "/share?region=us-east-1"));
		assertThat(this.page.getByRole(AriaRole.NOTE).first()).containsText("is off in your organization");
		this.page.getByLabel("AWS account in your organization").selectOption("333333333333");
		button("Add").click();
		assertThat(accountsToShareWith()).containsText("333333333333");
		button("Share in " + US_EAST_1).click();
		assertThat(this.page.locator("#enableTrustedAccess-error")).containsText("Tick");
		this.page.getByLabel("Enable trusted access for AWS Directory Service as part of sharing").check();
		button("Share in " + US_EAST_1).click();
		assertThat(resultsHeading()).hasText("1 of 1 shares created in " + US_EAST_1 + " (us-east-1)");
		assertThat(this.page.getByText("Trusted access for AWS Directory Service was enabled")).isVisible();
		navigation("Services").click();
		assertThat(this.page.getByTestId("trusted-access-state")).hasText("Access enabled");
	}

	@Test
	@Order(4)
	void withoutJavaScriptTheServicesDialogIsAPageAndTheBasicFlowsWork() {
		BrowserContext noScript = newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setViewportSize(1366, 900));
		this.page = noScript.newPage();
		signInAsDemo("111111111111", "admin");
		navigation("Services").click();
		link("AWS Directory Service").click();
		assertThat(heading(1)).hasText("AWS Directory Service");
		Locator confirmation = this.page.getByLabel("To confirm, type disable in the field");
		assertThat(confirmation).isHidden();
		this.page.getByLabel("Show the option to disable trusted access").check();
		assertThat(confirmation).isVisible();
		confirmation.fill("disable");
		screenshot("console-04-disable-trusted-access-without-javascript", false);
		button("Disable trusted access").click();
		assertThat(this.page.getByTestId("trusted-access-state")).hasText("Access disabled");

		// The wizard's Enter adds without JavaScript too.
		openScaleAndShare("lab.example.com");
		link("Create new shared directory").click();
		this.page.getByLabel("Share this directory with other AWS accounts").check();
		button("Use this method").click();
		this.page.getByLabel("AWS account ID(s)").fill("444444444444");
		this.page.getByLabel("AWS account ID(s)").press("Enter");
		assertThat(this.page.locator("#candidateAccountIds-error")).containsText("already shared with 444444444444");
		// axe-core runs as a script, which this browser does not: the pages were checked with JavaScript in test 8.
		this.page = this.context().newPage();
	}

	@Test
	@Order(5)
	void liveStateStageBadgeAndTheConsumersBanner() {
		signInAsDemo("111111111111", "admin");
		navigation("Directories").click();
		link("Set up directory").click();
		assertThat(link("Cancel")).isVisible();
		screenshot("console-05-set-up-directory");
		this.page.getByLabel("Standard").check();
		this.page.getByLabel("Directory DNS name").fill("live.example.com");
		this.page.getByLabel("Admin password").fill("Str0ng-Password");
		this.page.getByLabel("Confirm password").fill("Str0ng-Password");
		button("Create directory").click();
		assertThat(this.page.getByTestId("directory-stage")).hasText("Creating");
		String url = this.page.url();
		assertThat(this.page.getByTestId("directory-stage")).hasText("Active", SETTLED);
		assertThat(this.page).hasURL(url);

		this.page.navigate(url("/organization/accounts/invite"));
		this.page.getByLabel("Email address or account ID of the AWS account to invite").fill("444444444444");
		button("Send invitation").click();

		newSession();
		signInAsDemo("444444444444", "admin");
		assertThat(this.page.getByTestId("account-badge")).hasText("Standalone account");
		navigation("Invitations").click();
		String invitations = this.page.url();
		button("Accept invitation").click();
		assertThat(this.page.getByTestId("account-badge")).hasText("Member account");
		assertThat(this.page).hasURL(invitations);

		// Example Prod accepts the invitation of test 1: the banner follows the share until it is ready.
		newSession();
		signInAsDemo("333333333333", "admin");
		navigation("Directories shared with me").click();
		assertThat(this.page.getByTestId("shared-notes-lab.example.com")).hasText("Hello Prod and Dev");
		link("Review invitation for lab.example.com").click();
		button("Accept").click();
		assertThat(this.page.getByTestId("share-banner")).containsText("being shared with your account now");
		assertThat(this.page.getByTestId("share-status")).hasText("Shared", SETTLED);
		assertThat(this.page.getByTestId("share-banner")).containsText("ready to use");
		assertThat(this.page.getByTestId("owner-description")).hasText("Lab directory");
	}

	@Test
	@Order(6)
	void theConsumerKeepsRejectedRowsWithFilters() {
		signInAsDemo("222222222222", "admin");
		navigation("Directories shared with me").click();
		link("Review invitation for lab.example.com").click();
		this.page.onDialog((dialog) -> dialog.accept());
		button("Reject").click();
		assertThat(this.page.getByTestId("shared-status-lab.example.com")).hasText("Rejected", SETTLED);
		assertThat(this.page.getByTestId("shared-notes-lab.example.com")).hasText("Hello Prod and Dev");
		screenshot("console-06-shared-with-me-rejected");
		this.page.getByLabel("Hide rejected").check();
		assertThat(this.page.getByTestId("shared-status-lab.example.com")).hasCount(0);
		assertThat(this.page.getByTestId("shared-status-corp.example.com")).hasText("Shared");
	}

	@Test
	@Order(7)
	void theEventHistoryFitsA1366PixelScreen() {
		signInAsDemo("111111111111", "admin");
		navigation("Event history").click();
		Locator table = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Events"));
		assertThat(table).isVisible();
		assertThat(noHorizontalScroll()).isTrue();
		Locator user = table.locator("td.event-user summary").first();
		assertThat(user).hasText("admin");
		user.click();
		assertThat(table.locator("td.event-user .arn").first()).isVisible();
		assertThat(table.locator("td.event-user .arn").first()).hasText(Pattern.compile("^arn:aws:iam::\\d{12}:user/.+"));
		screenshot("console-07-event-history");
	}

	@Test
	@Order(8)
	void skipLinkFocusAndEveryPageWithoutAxeViolations() {
		signInAsDemo("111111111111", "admin");
		this.page.keyboard().press("Tab");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content")))
			.isFocused();
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#main")).isFocused();

		String corp = directoryPath("corp.example.com");
		for (String path : List.of("/", "/directories", "/directories/new", corp, corp + "?tab=share",
				corp + "?tab=regions", corp + "/share", "/shared-directories", "/organization", "/organization/accounts",
				"/organization/accounts/add", "/organization/accounts/create", "/organization/accounts/invite",
				"/organization/invitations", "/organization/services", "/organization/services/directory-service",
				"/invitations", "/iam/users", "/iam/users/admin", "/events", "/directories?region=cn-northwest-1",
				"/no-such-page")) {
			this.page.navigate(url(path));
			assertAccessible();
		}
		this.page.navigate(url("/organization/services"));
		link("AWS Directory Service").click();
		assertAccessible();
	}

	@Test
	@Order(9)
	void onA390PixelPhoneTheNavigationCollapsesAndTablesScrollInsideThemselves() {
		BrowserContext phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setHasTouch(true));
		this.page = phone.newPage();
		signInAsDemo("111111111111", "admin");
		Locator menu = button("Menu");
		Locator navigation = this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"));
		assertThat(menu).isVisible();
		assertThat(navigation).isHidden();
		assertThat(noHorizontalScroll()).isTrue();
		screenshot("console-09-phone-dashboard");
		menu.click();
		assertThat(navigation).isVisible();
		navigation("Directories").click();
		assertThat(navigation).isHidden();
		assertThat(noHorizontalScroll()).isTrue();
		openScaleAndShare("corp.example.com");
		assertThat(this.page.getByTestId("share-status-222222222222")).hasText("Shared");
		assertThat(noHorizontalScroll()).isTrue();
		screenshot("console-09-phone-scale-and-share");
		createNewSharedDirectory();
		this.page.getByLabel("Share this directory with other AWS accounts").check();
		this.page.getByLabel("AWS account ID(s)").fill("444444444444");
		this.page.getByLabel("AWS account ID(s)").press("Enter");
		assertThat(this.page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Accounts to share with")))
			.containsText("444444444444");
		assertThat(noHorizontalScroll()).isTrue();
		screenshot("console-09-phone-wizard");
		button("Share in " + US_EAST_1).click();
		assertThat(this.page.getByTestId("result-444444444444")).hasText("Invitation sent");
		assertThat(noHorizontalScroll()).isTrue();
		this.page.navigate(url("/events"));
		assertThat(noHorizontalScroll()).isTrue();
		screenshot("console-09-phone-events");
	}

	@Test
	@Order(10)
	void aReadOnlyUserIsNotToldToShareAndGetsNoSelectionAndChinaIsItsOwnPartition() {
		signInAsDemo("111111111111", "auditor");
		assertThat(this.page.getByRole(AriaRole.MAIN)).not().containsText("Set up and share");
		assertThat(this.page.getByRole(AriaRole.MAIN)).containsText("read-only");
		openScaleAndShare("corp.example.com");
		assertThat(this.page.getByTestId("share-status-222222222222")).hasText("Shared");
		assertThat(button("Actions")).hasCount(0);
		assertThat(this.page.getByRole(AriaRole.CHECKBOX)).hasCount(1);
		assertThat(this.page.getByLabel("Hide deleted")).isVisible();
		screenshot("console-10-read-only-scale-and-share");

		newSession();
		signInAsDemo("111111111111", "admin");
		openDirectory("corp.example.com");
		link("Multi-Region replication").click();
		assertThat(this.page.getByLabel("Add Region").locator("option[value='cn-northwest-1']")).hasCount(0);
		this.page.navigate(url(directoryPath("lab.example.com") + "/share?region=cn-northwest-1"));
		assertThat(this.page.getByRole(AriaRole.NOTE).first()).containsText("China (Ningxia)");
		assertThat(this.page.getByText("CNY 0.35 per hour")).isVisible();
	}

	private String corpId() {
		return directoryPath("corp.example.com").replace("/directories/", "");
	}

	private Caller managementAdmin() {
		return new Caller("111111111111", "admin", AccountPosition.MANAGEMENT,
				Permissions.of(PermissionSet.AdministratorAccess.managedPolicy()), Caller.EventSource.CONSOLE, "127.0.0.1",
				AwsRegion.US_EAST_1);
	}

	/** Whether the page fits the viewport's width (what is wider scrolls inside its own box); else what sticks out. */
	private boolean noHorizontalScroll() {
		Object wide = this.page.evaluate("""
				() => {
				  const width = document.documentElement.clientWidth;
				  if (document.documentElement.scrollWidth <= width + 1) { return ''; }
				  const clipped = (e) => { for (let p = e.parentElement; p; p = p.parentElement) {
				    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) { return true; } } return false; };
				  return Array.from(document.querySelectorAll('body *'))
				    .filter((e) => e.getBoundingClientRect().right > width + 1 && !clipped(e))
				    .slice(0, 5).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');
				}""");
		assertThat(wide).as("wider than the page").isEqualTo("");
		return true;
	}

	private String directoryPath(String dnsName) {
		this.page.navigate(url("/directories?region=us-east-1"));
		String href = this.page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(dnsName))
			.getByRole(AriaRole.LINK)
			.getAttribute("href");
		return href.replaceAll("\\?.*", "");
	}

	private void openDirectory(String dnsName) {
		navigation("Directories").click();
		this.page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(dnsName))
			.getByRole(AriaRole.LINK)
			.click();
	}

	private void openScaleAndShare(String dnsName) {
		openDirectory(dnsName);
		link("Scale & share").click();
	}

	/** Actions › Create new shared directory, and waits for the wizard's scripts (a radio changed earlier is not sent). */
	private void createNewSharedDirectory() {
		action("Create new shared directory", AriaRole.LINK).click();
		this.page.waitForLoadState();
	}

	/** An item of the Shared directories section's Actions menu. */
	private Locator action(String name, AriaRole role) {
		button("Actions").click();
		return this.page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator navigation(String name) {
		// On a phone the navigation hides behind its Menu button.
		if (this.page.viewportSize().width <= 800) {
			Locator menu = this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
			if ("false".equals(menu.getAttribute("aria-expanded"))) {
				menu.click();
			}
		}
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + name.replaceAll("[^A-Za-z0-9 ]", "\\\\$0") + "( \\d+)?$")));
	}

	private Locator accountsToShareWith() {
		return this.page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Accounts to share with"));
	}

	private Locator resultsHeading() {
		return this.page.locator("#results-heading");
	}

	/** A heading of the page's content (the navigation's section titles are headings too). */
	private Locator heading(int level) {
		return this.page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(level));
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
