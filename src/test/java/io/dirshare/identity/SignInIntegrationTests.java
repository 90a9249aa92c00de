package io.dirshare.identity;

import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.dirshare.test.PortalSignIn.attempt;
import static io.dirshare.test.PortalSignIn.from;
import static io.dirshare.test.PortalSignIn.randomAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	SignInThrottle throttle;

	@Test
	void signsInWithAccountIdUserNameAndPasswordAndShowsTheStandaloneBadge() throws Exception {
		Account account = this.testAccounts.newAccount("Sign-in Test");
		MockHttpSession session = PortalSignIn.signIn(this.mvc, account.id(), "admin", TestAccounts.PASSWORD);

		this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Standalone account")))
			.andExpect(content().string(containsString(account.id())));
	}

	@Test
	void userNamesAreMatchedWithoutRegardToCase() throws Exception {
		Account account = this.testAccounts.newAccount("Case Test");
		PortalSignIn.signIn(this.mvc, account.id(), "ADMIN", TestAccounts.PASSWORD);
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		Account account = this.testAccounts.newAccount("Session Fixation Test");
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();

		MvcResult signIn = this.mvc
			.perform(post("/signin").with(csrf())
				.session(before)
				.param("account", account.id())
				.param("username", "admin")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();

		assertThat(signIn.getRequest().getSession().getId()).isNotEqualTo(idBefore);
	}

	@Test
	void aWrongPasswordSaysOnlyThatAndKeepsTheTypedAccount() throws Exception {
		Account account = this.testAccounts.newAccount("Wrong Password Test");
		String address = randomAddress();
		attempt(this.mvc, account.id(), "admin", "wrong-password", address)
			.andExpect(redirectedUrl("/signin?error&account=" + account.id()));
		attempt(this.mvc, account.id(), "nobody", "wrong-password", address)
			.andExpect(redirectedUrl("/signin?error&account=" + account.id()));
		attempt(this.mvc, "999999999999", "admin", "wrong-password", address)
			.andExpect(redirectedUrl("/signin?error&account=999999999999"));

		this.mvc.perform(get("/signin").param("error", "").param("account", account.id()))
			.andExpect(content().string(containsString("Your authentication information is incorrect")))
			.andExpect(content().string(containsString("value=\"" + account.id() + "\"")));
	}

	@Test
	void overlongInputIsWrongCredentialsNotAServerError() throws Exception {
		Account account = this.testAccounts.newAccount("Overlong Input Test");
		String address = randomAddress();
		attempt(this.mvc, account.id(), "u".repeat(300), "wrong-password", address)
			.andExpect(redirectedUrl("/signin?error&account=" + account.id()));
		attempt(this.mvc, "a".repeat(300), "admin", "wrong-password", address)
			.andExpect(redirectedUrl("/signin?error&account=" + "a".repeat(300)));
	}

	@Test
	void fiveFailuresLockTheUserEvenWithTheRightPassword() throws Exception {
		Account account = this.testAccounts.newAccount("Lockout Test");
		String address = randomAddress();
		for (int i = 0; i < 5; i++) {
			attempt(this.mvc, account.id(), "admin", "wrong-password", address)
				.andExpect(redirectedUrl("/signin?error&account=" + account.id()));
		}
		attempt(this.mvc, account.id(), "admin", TestAccounts.PASSWORD, randomAddress())
			.andExpect(redirectedUrl("/signin?locked&account=" + account.id()));

		this.mvc.perform(get("/signin").param("locked", ""))
			.andExpect(content().string(containsString("Too many failed sign-in attempts. Wait 15 minutes")));
	}

	@Test
	void manyFailuresFromOneAddressAreRefusedForEveryUserFromThatAddressOnly() throws Exception {
		Account account = this.testAccounts.newAccount("Address Throttle Test");
		String address = randomAddress();
		// 49 earlier failures for as many user names, then the 50th through the form.
		for (int i = 0; i < 49; i++) {
			this.throttle.record(account.id(), "guess-" + i, address, false);
		}
		attempt(this.mvc, account.id(), "admin", "wrong-password", address)
			.andExpect(redirectedUrl("/signin?error&account=" + account.id()));

		attempt(this.mvc, account.id(), "someone-else", TestAccounts.PASSWORD, address)
			.andExpect(redirectedUrl("/signin?locked&account=" + account.id()));
		attempt(this.mvc, account.id(), "admin", TestAccounts.PASSWORD, address)
			.andExpect(redirectedUrl("/signin?locked&account=" + account.id()));
		attempt(this.mvc, account.id(), "admin", TestAccounts.PASSWORD, randomAddress()).andExpect(redirectedUrl("/"));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/signin").with(from(randomAddress())).param("account", "111111111111").param("username", "admin"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signInPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/signin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Account ID or alias")))
			.andExpect((result) -> {
				assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
					.contains("style-src 'self'")
					.contains("frame-ancestors 'none'");
				assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
				assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			});
	}

}
