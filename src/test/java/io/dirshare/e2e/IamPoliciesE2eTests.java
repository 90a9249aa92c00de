package io.dirshare.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer managed policy made in the portal, attached to a new user in place of an AWS managed one:
 * the user may do what it allows and is refused the rest; and diradmin's demo policy as the README shows.
 */
class IamPoliciesE2eTests extends BrowserTest {

	static final String DIRECTORY_READER = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {
			      "Sid": "ReadDirectories",
			      "Effect": "Allow",
			      "Action": ["ds:Describe*", "ds:List*", "ds:Get*"],
			      "Resource": "*"
			    }
			  ]
			}""";

	@Test
	void aPolicyCreatedInThePortalDecidesWhatItsUserMayDo() {
		signInAsDemo("444444444444", "admin");
		navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Policies").setExact(true)).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create policy")).click();
		this.page.getByLabel("Policy name").fill("DirectoryReader");
		this.page.getByLabel("Policy editor (JSON)").fill(DIRECTORY_READER.replace("\"Effect\": \"Allow\",", ""));
		button("Create policy").click();
		assertThat(this.page.locator("#document-error")).containsText("(line ");
		screenshot("iam-policy-malformed");

		this.page.getByLabel("Policy editor (JSON)").fill(DIRECTORY_READER);
		button("Create policy").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Policy DirectoryReader was created.");
		assertThat(this.page.getByTestId("policy-type")).hasText("Customer managed");
		screenshot("iam-policy");

		navigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Users")).click();
		this.page.getByLabel("User name").fill("reader");
		this.page.getByLabel("Initial password").fill("reader-password");
		this.page.getByLabel("Permissions policy").selectOption("ReadOnlyAccess");
		button("Create user").click();
		this.page.navigate(url("/iam/users/reader"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add permissions")).click();
		this.page.getByLabel("DirectoryReader").check();
		button("Add permissions").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("1 policy was attached to reader.");
		this.page.onceDialog((dialog) -> dialog.accept());
		button("Remove ReadOnlyAccess").click();
		assertThat(this.page.getByTestId("attached-policy")).hasText("DirectoryReader");
		screenshot("iam-user-policies");

		signOut();
		signIn("444444444444", "reader", "reader-password");
		Response directories = this.page.navigate(url("/directories"));
		assertThat(directories.status()).isEqualTo(200);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up directory")))
			.hasCount(0);
		Response users = this.page.navigate(url("/iam/users"));
		assertThat(users.status()).isEqualTo(403);
		assertThat(this.page.locator("main")).containsText("is not authorized to perform: iam:ListUsers");
	}

	@Test
	void diradminHoldsTheDemosLabOnlyPolicy() {
		signInAsDemo("111111111111", "admin");
		this.page.navigate(url("/iam/users/diradmin"));
		assertThat(this.page.getByTestId("attached-policy")).hasText("ShareLabDirectoriesOnly");
		this.page.getByTestId("attached-policy").click();
		assertThat(this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Attached entities"))
			.or(this.page.locator("#attached-entities"))).containsText("diradmin");
		assertThat(this.page.getByLabel("Policy document")).containsText("aws:ResourceTag/env");
	}

	private Locator navigation() {
		return this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
