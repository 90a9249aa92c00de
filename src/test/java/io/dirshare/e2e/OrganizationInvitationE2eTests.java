package io.dirshare.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The management account of Example Corp invites Partner Co (444444444444): canceled by the sender,
 * declined by the addressee, then accepted; and creates, signs in as, and removes a new account.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganizationInvitationE2eTests extends BrowserTest {

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

	private Locator invitationsLink() {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Invitations( \\d+)?$")));
	}

	private void invitePartnerCo(String note) {
		signInAsDemo("111111111111", "admin");
		navLink("AWS accounts").click();
		link("Add an AWS account").click();
		link("Invite an existing AWS account").click();
		this.page.getByLabel("Email address or account ID of the AWS account to invite").fill("444444444444");
		this.page.getByLabel("Message to include in the invitation (optional)").fill(note);
		button("Send invitation").click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("You invited account 444444444444");
	}

	@Test
	@Order(1)
	void theSenderCancelsAnOpenInvitationInPlace() {
		signInAsDemo("111111111111", "admin");
		navLink("AWS accounts").click();
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("AWS accounts")))
			.containsText("Example Dev");
		screenshot("organizations-accounts");
		link("Add an AWS account").click();
		link("Invite an existing AWS account").click();
		screenshot("organizations-invite-account");
		signOut();

		invitePartnerCo("Please join Example Corp.");
		Locator row = this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("444444444444"));
		assertThat(row).containsText("Open");
		screenshot("organizations-invitations-sent");
		button("Cancel invitation to 444444444444").click();
		assertThat(row).containsText("Canceled");
		assertThat(button("Cancel invitation to 444444444444")).hasCount(0);
		signOut();

		signInAsDemo("444444444444", "admin");
		assertThat(invitationsLink()).hasAccessibleName("Invitations");
		invitationsLink().click();
		assertThat(this.page.getByText("There are no open invitations for this account.")).isVisible();
	}

	@Test
	@Order(2)
	void theInvitedAccountDeclines() {
		invitePartnerCo("Second try.");
		signOut();
		signInAsDemo("444444444444", "admin");
		assertThat(invitationsLink()).hasAccessibleName("Invitations 1");
		invitationsLink().click();
		button("Decline invitation").click();
		assertThat(this.page.getByTestId("invitation-state")).hasText("Declined");
		assertThat(this.page.getByRole(AriaRole.STATUS).last()).containsText("You declined the invitation");
		assertThat(invitationsLink()).hasAccessibleName("Invitations");
		signOut();

		signInAsDemo("111111111111", "admin");
		this.page.navigate(url("/organization/invitations"));
		assertThat(this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Declined")))
			.hasCount(1);
	}

	@Test
	@Order(3)
	void theInvitedAccountAcceptsAndBecomesAMember() {
		invitePartnerCo("Welcome <b>partner</b>!\nWe share our directory with you.");
		signOut();
		signInAsDemo("444444444444", "admin");
		assertThat(this.page.getByTestId("account-badge")).hasText("Standalone account");
		invitationsLink().click();
		assertThat(this.page.getByTestId("invitation-note")).hasText("Welcome <b>partner</b>!\nWe share our directory with you.");
		screenshot("organizations-invitations-received");
		button("Accept invitation").click();
		assertThat(this.page.getByTestId("invitation-state")).hasText("Accepted");
		assertThat(invitationsLink()).hasAccessibleName("Invitations");
		link("View your organization").click();
		assertThat(this.page.getByTestId("account-badge")).hasText("Member account");
		assertThat(this.page.getByTestId("organization-details")).containsText("o-exampleorg1");
		assertThat(button("Leave organization").or(link("Leave organization"))).isVisible();
		screenshot("organizations-member-organization");
		signOut();

		signInAsDemo("111111111111", "admin");
		navLink("AWS accounts").click();
		Locator partner = this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("444444444444"));
		assertThat(partner).containsText("Partner Co");
		assertThat(partner).containsText("Invited");
	}

	@Test
	@Order(4)
	void theManagementAccountCreatesAnAccountWhoseAdminSignsInThenRemovesIt() {
		signInAsDemo("111111111111", "admin");
		this.page.navigate(url("/organization/accounts/add"));
		this.page.getByLabel("AWS account name").fill("Example Test");
		this.page.getByLabel("Email address of the account's owner").fill("aws-test@example.com");
		this.page.getByLabel("Initial password of the admin user").fill("first-password-1");
		screenshot("organizations-create-account");
		button("Create AWS account").click();
		assertThat(this.page.getByTestId("created-password")).hasText("first-password-1");
		String accountId = this.page.getByTestId("created-account-id").textContent();
		screenshot("organizations-account-created");
		this.page.reload();
		assertThat(this.page.getByTestId("created-password")).hasCount(0);
		signOut();

		signIn(accountId, "admin", "first-password-1");
		assertThat(this.page.getByTestId("account-badge")).hasText("Member account");
		signOut();

		signInAsDemo("111111111111", "admin");
		navLink("AWS accounts").click();
		link("Remove account " + accountId).click();
		screenshot("organizations-remove-account");
		button("Remove account").click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("was removed from the organization");
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("AWS accounts")))
			.not()
			.containsText(accountId);
	}

}
