package io.dirshare.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The owner's directory pages: setting up a directory (validated password, Creating then Active live),
 * multi-Region replication shown per Region, and deleting a shared directory through "Unshare all and delete".
 */
class DirectoryE2eTests extends BrowserTest {

	@Test
	void setUpReplicateAndDeleteDirectories() {
		this.page.onDialog((dialog) -> dialog.accept());
		signInAsDemo("111111111111", "admin");
		navigation("Directories").click();
		assertThat(row("corp.example.com")).containsText("Enterprise");
		assertThat(row("lab.example.com")).containsText("Standard");
		screenshot("directories-01-list");

		link("Set up directory").click();
		this.page.getByLabel("Enterprise").check();
		this.page.getByLabel("Directory DNS name").fill("test.example.com");
		this.page.getByLabel("Admin password").fill("weakpassword");
		this.page.getByLabel("Confirm password").fill("weakpassword");
		button("Create directory").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Invalid directory password");
		screenshot("directories-02-password-refused");

		this.page.getByLabel("Admin password").fill("Str0ng-Password");
		this.page.getByLabel("Confirm password").fill("Str0ng-Password");
		button("Create directory").click();
		assertThat(this.page.getByText("is being created in us-east-1")).isVisible();
		navigation("Directories").click();
		assertThat(row("test.example.com")).containsText("Active", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		screenshot("directories-03-created-active");

		row("test.example.com").getByRole(AriaRole.LINK).click();
		link("Multi-Region replication").click();
		this.page.getByLabel("Add Region").selectOption("eu-west-1");
		button("Add Region").click();
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Regions")))
			.containsText("eu-west-1");
		screenshot("directories-04-multi-region");

		this.page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).selectOption("eu-west-1");
		this.page.waitForURL(Pattern.compile(".*region=eu-west-1.*"));
		navigation("Directories").click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("eu-west-1");
		assertThat(row("test.example.com")).isVisible();
		assertThat(row("corp.example.com")).hasCount(0);
		screenshot("directories-05-listed-in-eu-west-1");
		this.page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).selectOption("us-east-1");
		this.page.waitForURL(Pattern.compile(".*region=us-east-1.*"));

		navigation("Directories").click();
		row("corp.example.com").getByRole(AriaRole.LINK).click();
		button("Delete directory").click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("The directory cannot be deleted yet");
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Live shares")))
			.containsText("222222222222");
		screenshot("directories-06-delete-refused");

		button("Unshare all and delete").click();
		assertThat(this.page.getByText("was unshared from every account and deleted")).isVisible();
		assertThat(row("corp.example.com")).hasCount(0);
		screenshot("directories-07-deleted");
	}

	private Locator row(String text) {
		return this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
	}

	private Locator navigation(String name) {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
