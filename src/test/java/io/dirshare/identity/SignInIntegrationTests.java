package io.dirshare.identity;

import io.dirshare.identity.Account;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Test
	void signsInWithAccountIdUserNameAndPasswordAndShowsTheStandaloneBadge() throws Exception {
		Account account = this.testAccounts.newAccount("Sign-in Test");
		MvcResult signIn = this.mvc
			.perform(post("/signin").with(csrf())
				.param("account", account.id())
				.param("username", "admin")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();

		String dashboard = this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).contains("Standalone account").contains(account.id());
	}

	@Test
	void wrongPasswordRedirectsToTheErrorMessageAndFiveFailuresLockTheUser() throws Exception {
		Account account = this.testAccounts.newAccount("Lockout Test");
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/signin").with(csrf())
					.param("account", account.id())
					.param("username", "admin")
					.param("password", "wrong-password"))
				.andExpect(redirectedUrl("/signin?error&account=" + account.id()));
		}
		this.mvc
			.perform(post("/signin").with(csrf())
				.param("account", account.id())
				.param("username", "admin")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/signin?locked&account=" + account.id()));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/signin").param("account", "111111111111").param("username", "admin"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signInPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/signin"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Account ID or alias")))
			.andExpect(result -> {
				assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
				assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
				assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			});
	}

}
