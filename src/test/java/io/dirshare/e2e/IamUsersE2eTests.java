package io.dirshare.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** IAM users, event history, the Region selector and error pages, as the demo identities use them. */
class IamUsersE2eTests extends BrowserTest {

	@Test
	void anAdministratorCreatesAUserWhoThenSignsIn() {
		signInAsDemo("444444444444", "admin");
		navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Users")).click();
		this.page.getByLabel("User name").fill("operator");
		this.page.getByLabel("Initial password").fill("operator-password");
		this.page.getByLabel("Permissions policy").selectOption("DirectoryServiceFullAccess");
		button("Create user").click();

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("User operator was created.");
		assertThat(usersTable().getByRole(AriaRole.ROW)).hasCount(3);
		screenshot("iam-users");
		usersTable().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("operator")).click();
		assertThat(this.page.getByTestId("attached-policy")).hasText("AWSDirectoryServiceFullAccess");
		screenshot("iam-user");

		signOut();
		signIn("444444444444", "operator", "operator-password");
		assertThat(this.page.getByTestId("user-name")).hasText("operator");
		assertThat(this.page.getByTestId("account-badge")).hasText("Standalone account");
	}

	@Test
	void aReadOnlyUserSeesTheUsersWithoutButtonsAndAForgedPostIsRefused() {
		signInAsDemo("111111111111", "auditor");
		this.page.navigate(url("/iam/users"));
		assertThat(usersTable().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("diradmin"))).isVisible();
		assertThat(button("Create user")).hasCount(0);

		String csrfToken = this.page.locator("meta[name=_csrf]").getAttribute("content");
		APIResponse forged = this.page.request()
			.post(url("/iam/users"), RequestOptions.create()
				.setForm(FormData.create()
					.set("_csrf", csrfToken)
					.set("userName", "intruder")
					.set("password", "intruder-password")
					.set("permissionSet", "AdministratorAccess")));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.text()).contains("Access denied").contains("iam:CreateUser");

		this.page.navigate(url("/iam/users/admin"));
		assertThat(button("Delete user")).hasCount(0);
		assertThat(button("Reset password")).hasCount(0);
		this.page.navigate(url("/iam/users"));
		assertThat(usersTable().getByText("intruder")).hasCount(0);
	}

	@Test
	void anotherAccountsUserIsNotFoundInThePortalsLayout() {
		signInAsDemo("222222222222", "admin");
		Response response = this.page.navigate(url("/iam/users/auditor"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
		assertThat(this.page.getByTestId("account-id")).hasText("222222222222");
		screenshot("error-not-found");

		response = this.page.navigate(url("/no-such-page"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
	}

	@Test
	void theChosenRegionStaysAcrossPages() {
		signInAsDemo("333333333333", "admin");
		assertThat(this.page.getByLabel("Region")).hasValue("us-east-1");
		assertThat(button("Switch Region")).isHidden();

		this.page.getByLabel("Region").selectOption("eu-west-1");
		this.page.waitForURL(Pattern.compile(".*region=eu-west-1.*"));
		assertThat(this.page.getByLabel("Region")).hasValue("eu-west-1");
		navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Event history")).click();
		assertThat(this.page).hasURL(Pattern.compile(".*/events\\?region=eu-west-1$"));
		assertThat(this.page.getByLabel("Region")).hasValue("eu-west-1");
	}

	@Test
	void theEventHistoryShowsSignInsAndFiltersThem() {
		signInAsDemo("111111111111", "admin");
		navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Event history")).click();
		this.page.getByLabel("Event name").selectOption("signin:ConsoleLogin");
		this.page.getByLabel("Outcome").selectOption("Success");
		button("Filter events").click();

		Locator rows = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Events"))
			.getByRole(AriaRole.ROW);
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("arn:aws:iam::111111111111:user/admin")).first())
			.containsText("signin:ConsoleLogin");
		screenshot("event-history");
	}

	private Locator navigation() {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"));
	}

	private Locator usersTable() {
		return this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("IAM users"));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
