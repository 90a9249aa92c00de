package io.dirshare.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in and out as the demo identities, in a real browser. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
		assertThat(this.page.getByLabel("Account ID or alias")).hasValue("222222222222");
		screenshot("signin-error");
	}

	/** Runs last: it locks a demo user that the other journeys of this class sign in as. */
	@Test
	@Order(Integer.MAX_VALUE)
	void fiveFailuresLockTheUserWithAClearMessage() {
		for (int i = 0; i < 5; i++) {
			signIn("111111111111", "diradmin", "wrong-password-" + i);
			assertThat(this.page.getByRole(AriaRole.ALERT)).hasText(
					Pattern.compile("Your authentication information is incorrect"));
		}
		signIn("111111111111", "diradmin", DEMO_PASSWORD);
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("Too many failed sign-in attempts. Wait 15 minutes before you try again.");
		screenshot("signin-locked");
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
