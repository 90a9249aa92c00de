package io.dirshare.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.dirshare.audit.AuditEvent;
import io.dirshare.audit.AuditTrail;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
	IamUserService users;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

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
	void manyFailuresFromOneAddressNeverRefuseACorrectPasswordOfAnotherUserFromThere() throws Exception {
		Account account = this.testAccounts.newAccount("Address Delay Test");
		this.users.createInitialUser(account.id(), "someone-else", TestAccounts.PASSWORD, PermissionSet.ReadOnlyAccess);
		String address = randomAddress();
		// 50 failures from one address (a proxy, a NAT, or someone guessing), spread over as many users:
		// 49 earlier ones, then the 50th through the form.
		for (int i = 0; i < 49; i++) {
			this.jdbc.sql("""
					INSERT INTO sign_in_attempt (account_id, user_name_key, client_address, attempted_at, pending)
					VALUES (:account, :user, :address, :at, FALSE)""")
				.param("account", account.id())
				.param("user", "guess-" + i)
				.param("address", address)
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		attempt(this.mvc, account.id(), "guess-49", "wrong-password", address)
			.andExpect(redirectedUrl("/signin?error&account=" + account.id()));

		attempt(this.mvc, account.id(), "someone-else", TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/"));
		attempt(this.mvc, account.id(), "admin", TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/"));
	}

	@Test
	void failuresFromOneAddressDelayItsFurtherAttempts() throws Exception {
		Account account = this.testAccounts.newAccount("Address Delay Timing Test");
		String address = randomAddress();
		for (int i = 0; i < 12; i++) {
			attempt(this.mvc, account.id(), "guess-" + i, "wrong-password", address);
		}

		long started = System.nanoTime();
		attempt(this.mvc, account.id(), "admin", TestAccounts.PASSWORD, address).andExpect(redirectedUrl("/"));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		// The test profile caps the delay at dirshare.sign-in.address-delay-max=250ms.
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250));
	}

	@Test
	void aNameThatIsNoUserIsRecordedHiddenAsCloudTrailDoes() throws Exception {
		Account account = this.testAccounts.newAccount("Hidden Name Test");
		// Someone typed the password into the user name field.
		attempt(this.mvc, account.id(), "Tr0ub4dor&3-secret", "wrong-password", randomAddress())
			.andExpect(redirectedUrl("/signin?error&account=" + account.id()));
		attempt(this.mvc, account.id(), "admin", "wrong-password", randomAddress())
			.andExpect(redirectedUrl("/signin?error&account=" + account.id()));

		assertThat(signInEvents(account)).hasSize(2).allSatisfy((event) -> {
			assertThat(event.summary()).doesNotContain("Tr0ub4dor");
			assertThat(event.principalArn()).doesNotContain("Tr0ub4dor");
		});
		assertThat(signInEvents(account)).extracting(AuditEvent::summary)
			.containsExactly("userName=admin", "userName=HIDDEN_DUE_TO_SECURITY_REASONS");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM sign_in_attempt WHERE user_name_key LIKE '%Tr0ub4dor%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aUserNameLongerThanItsColumnOnceLowerCasedIsAFailedAndThrottledAttempt() throws Exception {
		Account account = this.testAccounts.newAccount("Dotted I Test");
		// 40 characters, each of which lower-cases to two: 80 characters where 64 fit.
		String name = "\u0130".repeat(40);
		String address = randomAddress();
		for (int i = 0; i < 5; i++) {
			attempt(this.mvc, account.id(), name, "wrong-password", address)
				.andExpect(redirectedUrl("/signin?error&account=" + account.id()));
		}
		attempt(this.mvc, account.id(), name, "wrong-password", address)
			.andExpect(redirectedUrl("/signin?locked&account=" + account.id()));

		assertThat(signInEvents(account)).hasSize(6)
			.allSatisfy((event) -> assertThat(event.summary()).isEqualTo("userName=HIDDEN_DUE_TO_SECURITY_REASONS"))
			.extracting(AuditEvent::errorCode)
			.containsOnly("InvalidCredentials", "AccountLocked");
	}

	private List<AuditEvent> signInEvents(Account account) {
		return this.audit.page(this.testAccounts.admin(account), IamAuthenticationProvider.SIGN_IN_EVENT, null, 1)
			.items();
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
