package io.dirshare.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Trusted access for AWS Directory Service, disabled in the Services page's dialog behind the ticked box
 * and the typed word (enabling it is left to the Directory Service side); and "Enable all features" on a consolidated-billing organization, approved by its
 * invited member.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganizationFeaturesE2eTests extends BrowserTest {

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	/** A link in the page's content, not in the navigation. */
	private Locator link(String name) {
		return this.page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator navLink(String name) {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	@Test
	@Order(1)
	void disableTrustedAccessOnlyAfterTickingAndTypingThenEnableItAgain() {
		signInAsDemo("111111111111", "admin");
		navLink("Services").click();
		assertThat(this.page.getByTestId("trusted-access-state")).hasText("Access enabled");
		screenshot("organizations-services");
		// The Integrated services section: the service's name opens its confirmation dialog.
		link("AWS Directory Service").click();
		Locator dialog = this.page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("AWS Directory Service"));
		assertThat(dialog).isVisible();
		assertThat(dialog).containsText("We recommend that you disable trusted access from the AWS Directory Service console");
		Locator confirmation = dialog.getByLabel("To confirm, type disable in the field");
		assertThat(confirmation).isHidden();

		Locator disable = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable trusted access"));
		assertThat(disable).isDisabled();
		dialog.getByLabel("Show the option to disable trusted access").check();
		assertThat(confirmation).isVisible();
		assertThat(disable).isDisabled();
		confirmation.fill("disabl");
		assertThat(disable).isDisabled();
		confirmation.fill("disable");
		assertThat(disable).isEnabled();
		screenshot("organizations-disable-trusted-access");
		disable.click();

		assertThat(this.page.getByTestId("trusted-access-state")).hasText("Access disabled");
		assertThat(button("Enable trusted access")).hasCount(0);
		link("AWS Directory Service").click();
		assertThat(dialog).containsText("enabled from AWS Directory Service");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
		assertThat(dialog).isHidden();
	}

	@Test
	@Order(2)
	void enableAllFeaturesTakesEffectWhenTheInvitedMemberApproves() {
		// Example Prod leaves Example Corp, so Partner Co can invite it into a consolidated-billing organization.
		signInAsDemo("333333333333", "admin");
		navLink("Organization").click();
		link("Leave organization").click();
		button("Leave organization").click();
		assertThat(this.page.getByTestId("account-badge")).hasText("Standalone account");
		signOut();

		signInAsDemo("444444444444", "admin");
		navLink("Organization").click();
		screenshot("organizations-standalone-organization");
		this.page.getByLabel("Consolidated billing only").check();
		button("Create an organization").click();
		assertThat(this.page.getByTestId("account-badge")).hasText("Management account");
		assertThat(this.page.getByTestId("feature-set")).hasText("Consolidated billing");
		this.page.navigate(url("/organization/accounts/invite"));
		this.page.getByLabel("Email address or account ID of the AWS account to invite").fill("aws-prod@example.com");
		button("Send invitation").click();
		navLink("Services").click();
		assertThat(this.page.getByText("Trusted access needs all features")).isVisible();
		signOut();

		signInAsDemo("333333333333", "admin");
		this.page.navigate(url("/invitations"));
		button("Accept invitation").click();
		assertThat(this.page.getByTestId("invitation-state")).hasText("Accepted");
		signOut();

		signInAsDemo("444444444444", "admin");
		navLink("Organization").click();
		button("Enable all features").click();
		assertThat(this.page.getByTestId("approval-count")).hasText("0 of 1 approved");
		Locator approvals = this.page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Approvals of enabling all features"));
		assertThat(approvals).containsText("333333333333");
		assertThat(approvals).containsText("Not yet approved");
		screenshot("organizations-enable-all-features");
		signOut();

		signInAsDemo("333333333333", "admin");
		this.page.navigate(url("/invitations"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Approve enabling all features")))
			.isVisible();
		screenshot("organizations-approve-all-features");
		button("Approve").click();
		assertThat(this.page.getByTestId("invitation-state")).hasText("Accepted");
		signOut();

		signInAsDemo("444444444444", "admin");
		navLink("Organization").click();
		assertThat(this.page.getByTestId("feature-set")).hasText("All features");
		screenshot("organizations-management-organization");
		navLink("Services").click();
		assertThat(this.page.getByTestId("trusted-access-state")).hasText("Access disabled");
		assertThat(this.page.getByText("Trusted access needs all features")).hasCount(0);
	}

}
