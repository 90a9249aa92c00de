package io.dirshare.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Policy simulator as the organization's administrator uses it: a user, actions and a directory
 * give each action's answer with the statement that decided; an unsaved Deny policy turns an allow
 * into an explicit deny; a member account's user can be picked; and it all works without JavaScript.
 */
class PolicySimulatorE2eTests extends BrowserTest {

	private static final String DENY_DESCRIBE = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {
			      "Sid": "NoDescribing",
			      "Effect": "Deny",
			      "Action": "ds:DescribeDirectories",
			      "Resource": "*"
			    }
			  ]
			}""";

	@Test
	void theManagementAdministratorSimulatesAUserThenAnUnsavedDenyPolicy() {
		signInAsDemo("111111111111", "admin");
		navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Policy simulator")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Policy simulator")))
			.isVisible();

		this.page.getByLabel("User", new Page.GetByLabelOptions().setExact(true)).selectOption("auditor");
		this.page.getByLabel("ds:DescribeDirectories", new Page.GetByLabelOptions().setExact(true)).check();
		this.page.getByLabel("ds:ShareDirectory", new Page.GetByLabelOptions().setExact(true)).check();
		chooseDirectory("corp.example.com");
		button("Run simulation").click();

		assertThat(this.page.getByTestId("result-ds:DescribeDirectories")).hasText("allowed");
		assertThat(this.page.getByTestId("policy-ds:DescribeDirectories")).hasText("ReadOnlyAccess");
		assertThat(this.page.getByTestId("statement-ds:DescribeDirectories")).hasText("ReadOnlyActions");
		assertThat(this.page.getByTestId("result-ds:ShareDirectory")).hasText("implicitly denied");
		assertThat(this.page.getByTestId("simulated-resource"))
			.containsText("arn:aws:ds:us-east-1:111111111111:directory/d-");
		assertThat(this.page.getByTestId("scp-standing")).containsText("management account");
		screenshot("policy-simulator");

		this.page.getByLabel("Policy to add to the simulation (not saved)").fill(DENY_DESCRIBE);
		button("Run simulation").click();
		assertThat(this.page.getByTestId("result-ds:DescribeDirectories")).hasText("explicitly denied");
		assertThat(this.page.getByTestId("policy-ds:DescribeDirectories")).hasText("Unsaved policy");
		assertThat(this.page.getByTestId("statement-ds:DescribeDirectories")).hasText("NoDescribing");

		this.page.getByLabel("Policy to add to the simulation (not saved)").fill("{\"Version\": }");
		button("Run simulation").click();
		assertThat(this.page.getByTestId("unsaved-policy-error")).containsText("(line 1)");
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Simulation results")))
			.hasCount(0);
	}

	@Test
	void theOrganizationsAdministratorPicksAUserOfAMemberAccount() {
		signInAsDemo("111111111111", "admin");
		this.page.navigate(url("/iam/policy-simulator"));
		this.page.getByLabel("AWS account").selectOption("222222222222");
		Locator user = this.page.getByLabel("User", new Page.GetByLabelOptions().setExact(true));
		assertThat(user.locator("option", new Locator.LocatorOptions().setHasText("admin"))).hasCount(1);
		assertThat(user.locator("option", new Locator.LocatorOptions().setHasText("auditor"))).hasCount(0);
		user.selectOption("admin");
		this.page.getByLabel("organizations:CreateAccount", new Page.GetByLabelOptions().setExact(true)).check();
		this.page.getByLabel("A resource ARN typed by hand").check();
		button("Run simulation").click();

		assertThat(this.page.getByTestId("result-organizations:CreateAccount")).hasText("allowed");
		assertThat(this.page.getByTestId("scp-standing")).containsText("member account");
	}

	@Test
	void withoutJavaScriptTheFormPostsAndThePageShowsTheResults() {
		BrowserContext noScript = newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setViewportSize(1366, 900));
		this.page = noScript.newPage();
		signInAsDemo("111111111111", "admin");
		this.page.navigate(url("/iam/policy-simulator"));
		this.page.getByLabel("User", new Page.GetByLabelOptions().setExact(true)).selectOption("auditor");
		button("Select all AWS Directory Service actions").click();
		assertThat(this.page.getByLabel("ds:ShareDirectory", new Page.GetByLabelOptions().setExact(true))).isChecked();
		chooseDirectory("lab.example.com");
		button("Run simulation").click();

		assertThat(this.page.getByTestId("result-ds:DescribeDirectories")).hasText("allowed");
		assertThat(this.page.getByTestId("result-ds:ShareDirectory")).hasText("implicitly denied");
		// axe-core runs as a script, which this browser does not: the page was checked with JavaScript above.
		this.page = this.context().newPage();
	}

	private void chooseDirectory(String dnsName) {
		Locator directory = this.page.getByLabel("Directory", new Page.GetByLabelOptions().setExact(true));
		String id = directory.locator("option", new Locator.LocatorOptions().setHasText("(" + dnsName + ")"))
			.getAttribute("value");
		directory.selectOption(id);
	}

	private Locator navigation() {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
