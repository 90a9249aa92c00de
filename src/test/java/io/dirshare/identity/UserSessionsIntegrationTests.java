package io.dirshare.identity;

import io.dirshare.test.IntegrationTest;
import io.dirshare.test.MockMvcSessionBridge;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Portal sessions live in the database, indexed by the user's ARN, with the 8-hour timeout: a user's other
 * sessions can be ended from anywhere. (The cookie's flags are checked over real HTTP, in
 * {@code ops.OperationsIntegrationTests}: MockMvc's servlet context does not configure them.)
 */
@IntegrationTest
class UserSessionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IamUserService users;

	@Autowired
	UserSessions userSessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedInSessionIsStoredInTheDatabaseUnderTheUsersArnWithTheEightHourTimeout() throws Exception {
		Account account = this.testAccounts.newAccount("Session Store Test");
		MvcResult signIn = PortalSignIn.attempt(this.mvc, account.id(), "admin", TestAccounts.PASSWORD, "127.0.0.1")
			.andExpect(redirectedUrl("/"))
			.andReturn();

		String sessionId = MockMvcSessionBridge.springSessionId(signIn.getRequest().getSession());
		assertThat(this.jdbc.sql("SELECT PRINCIPAL_NAME FROM SPRING_SESSION WHERE SESSION_ID = :id")
			.param("id", sessionId)
			.query(String.class)
			.single()).isEqualTo("arn:aws:iam::" + account.id() + ":user/admin");
		assertThat(this.jdbc.sql("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE SESSION_ID = :id")
			.param("id", sessionId)
			.query(Integer.class)
			.single()).isEqualTo(8 * 60 * 60);
		assertThat(this.userSessions.sessionIds(account.id(), "admin")).containsExactly(sessionId);
	}

	@Test
	void endOtherSessionsSignsOutTheUsersOtherSessionsOnly() throws Exception {
		Account account = this.testAccounts.newAccount("End Sessions Test");
		this.users.create(this.testAccounts.admin(account), "Alice", TestAccounts.PASSWORD, PermissionSet.ReadOnlyAccess);
		MockHttpSession kept = PortalSignIn.signIn(this.mvc, account.id(), "alice", TestAccounts.PASSWORD);
		MockHttpSession laptop = PortalSignIn.signIn(this.mvc, account.id(), "Alice", TestAccounts.PASSWORD);
		MockHttpSession phone = PortalSignIn.signIn(this.mvc, account.id(), "ALICE", TestAccounts.PASSWORD);
		MockHttpSession otherUser = PortalSignIn.signIn(this.mvc, account.id(), "admin", TestAccounts.PASSWORD);
		assertThat(this.userSessions.sessionIds(account.id(), "alice")).hasSize(3);

		int ended = this.userSessions.endOtherSessions(account.id(), "aLiCe", MockMvcSessionBridge.springSessionId(kept));

		assertThat(ended).isEqualTo(2);
		assertThat(this.userSessions.sessionIds(account.id(), "Alice"))
			.containsExactly(MockMvcSessionBridge.springSessionId(kept));
		this.mvc.perform(get("/").session(laptop)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/").session(kept)).andExpect(status().isOk());
		this.mvc.perform(get("/").session(otherUser)).andExpect(status().isOk());
	}

	@Test
	void signingOutRemovesTheSessionFromTheDatabase() throws Exception {
		Account account = this.testAccounts.newAccount("Sign-out Store Test");
		MockHttpSession session = PortalSignIn.signIn(this.mvc, account.id(), "admin", TestAccounts.PASSWORD);
		String sessionId = MockMvcSessionBridge.springSessionId(session);

		this.mvc.perform(post("/signout").session(session).with(csrf())).andExpect(redirectedUrl("/signin?signedOut"));

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.userSessions.sessionIds(account.id(), "admin")).isEmpty();
	}

}
