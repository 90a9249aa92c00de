package io.dirshare.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in and out as the demo identities, in a real browser. */
class SignInE2eTests extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "111111111111, admin, Management account, Example Corp", "111111111111, auditor, Management account, Example Corp",
			"111111111111, diradmin, Management account, Example Corp", "222222222222, admin, Member account, Example Dev",
			"333333333333, admin, Member account, Example Prod", "444444444444, admin, Standalone account, Partner Co" })
	void everyDemoIdentitySignsInAndSeesItsBadge(String account, String user, String badge, String accountName) {
		signInAsDemo(account, user);
		assertThat(this.page.getByTestId("account-badge")).hasText(badge);
		assertThat(this.page.getByTestId("account-name")).hasText(accountName);
		assertThat(this.page.getByTestId("user-name")).hasText(user);
		var organizationLinks = this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("AWS accounts"));
		if (badge.equals("Management account")) {
			assertThat(organizationLinks).isVisible();
		}
		else {
			assertThat(organizationLinks).hasCount(0);
		}
		screenshot("dashboard-" + account + "-" + user);
	}

	@Test
	void signInWithTheAccountAlias() {
		signIn("example-corp", "admin", DEMO_PASSWORD);
		assertThat(this.page.getByTestId("account-id")).hasText("111111111111");
	}

	@Test
	void wrongPasswordSaysOnlyThatTheCredentialsAreWrong() {
		signIn("222222222222", "admin", "not-the-password");
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText(
				Pattern.compile("Your authentication information is incorrect"));
		screenshot("signin-error");
	}

	@Test
	void signOutReturnsToTheSignInPage() {
		signInAsDemo("444444444444", "admin");
		signOut();
		assertThat(this.page).hasURL(Pattern.compile(".*/signin\\?signedOut$"));
		this.page.navigate(url("/iam/users"));
		assertThat(this.page).hasURL(Pattern.compile(".*/signin$"));
	}

}
