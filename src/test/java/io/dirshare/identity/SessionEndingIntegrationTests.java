package io.dirshare.identity;

import io.dirshare.test.IntegrationTest;
import io.dirshare.test.MockMvcSessionBridge;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user's other sessions end when its password changes (an administrator's reset, or its own), when a
 * policy is removed from it, and when it is deleted; and on request, with "Sign out other sessions".
 */
@IntegrationTest
class SessionEndingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IamUserService users;

	@Autowired
	UserSessions userSessions;

	Account account;

	MockHttpSession admin;

	@BeforeEach
	void accountWithJane() throws Exception {
		this.account = this.testAccounts.newAccount("Session Ending Test");
		this.users.create(this.testAccounts.admin(this.account), "jane", TestAccounts.PASSWORD,
				PermissionSet.AdministratorAccess);
		this.admin = PortalSignIn.signIn(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD);
	}

	@Test
	void anAdministratorsPasswordResetEndsEverySessionOfTheUser() throws Exception {
		MockHttpSession laptop = signIn("jane");
		MockHttpSession phone = signIn("jane");

		this.mvc
			.perform(post("/iam/users/jane/password").with(csrf()).session(this.admin).param("newPassword", "new-password-1"))
			.andExpect(redirectedUrl("/iam/users/jane"));

		this.mvc.perform(get("/").session(laptop)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/").session(this.admin)).andExpect(status().isOk());
		assertThat(this.userSessions.sessionIds(this.account.id(), "jane")).isEmpty();
	}

	@Test
	void aUsersOwnPasswordChangeEndsItsOtherSessionsAndKeepsThisOne() throws Exception {
		MockHttpSession here = signIn("jane");
		MockHttpSession elsewhere = signIn("jane");

		this.mvc
			.perform(post("/iam/users/jane/password").with(csrf()).session(here).param("newPassword", "new-password-1"))
			.andExpect(redirectedUrl("/iam/users/jane"));

		this.mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/").session(here)).andExpect(status().isOk());
		assertThat(this.userSessions.sessionIds(this.account.id(), "jane"))
			.containsExactly(MockMvcSessionBridge.springSessionId(here));
	}

	@Test
	void removingAPolicyEndsTheUsersSessionsAddingOneDoesNot() throws Exception {
		MockHttpSession jane = signIn("jane");

		this.mvc
			.perform(post("/iam/users/jane/policies").with(csrf())
				.session(this.admin)
				.param("policyArn", PermissionSet.ReadOnlyAccess.arn()))
			.andExpect(redirectedUrl("/iam/users/jane"));
		this.mvc.perform(get("/").session(jane)).andExpect(status().isOk());

		this.mvc
			.perform(post("/iam/users/jane/policies/detach").with(csrf())
				.session(this.admin)
				.param("policyArn", PermissionSet.AdministratorAccess.arn()))
			.andExpect(redirectedUrl("/iam/users/jane"));
		this.mvc.perform(get("/").session(jane)).andExpect(redirectedUrl("/signin"));

		MockHttpSession again = signIn("jane");
		this.mvc
			.perform(post("/iam/users/jane/policies").with(csrf())
				.session(this.admin)
				.param("policyArn", PermissionSet.DirectoryServiceFullAccess.arn()))
			.andExpect(redirectedUrl("/iam/users/jane"));
		this.mvc.perform(get("/").session(again)).andExpect(status().isOk());
	}

	@Test
	void deletingAUserEndsItsSessions() throws Exception {
		signIn("jane");
		signIn("jane");

		this.mvc.perform(post("/iam/users/jane/delete").with(csrf()).session(this.admin))
			.andExpect(redirectedUrl("/iam/users"));

		assertThat(this.userSessions.sessionIds(this.account.id(), "jane")).isEmpty();
	}

	@Test
	void signOutOtherSessionsEndsTheUsersOtherSessionsOnly() throws Exception {
		MockHttpSession elsewhere = PortalSignIn.signIn(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD);
		MockHttpSession jane = signIn("jane");

		this.mvc.perform(get("/iam/users/admin").session(this.admin))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString()).contains("Sign out other sessions"));
		this.mvc.perform(post("/iam/users/admin/sessions/end").with(csrf()).session(this.admin))
			.andExpect(redirectedUrl("/iam/users/admin"));

		this.mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/").session(this.admin)).andExpect(status().isOk());
		this.mvc.perform(get("/").session(jane)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorSignsOutAnotherUsersSessionsAReadOnlyUserOnlyItsOwn() throws Exception {
		this.users.create(this.testAccounts.admin(this.account), "auditor", TestAccounts.PASSWORD,
				PermissionSet.ReadOnlyAccess);
		MockHttpSession jane = signIn("jane");
		MockHttpSession auditor = signIn("auditor");
		MockHttpSession auditorElsewhere = signIn("auditor");

		this.mvc.perform(post("/iam/users/jane/sessions/end").with(csrf()).session(auditor))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").session(jane)).andExpect(status().isOk());
		this.mvc.perform(post("/iam/users/auditor/sessions/end").with(csrf()).session(auditor))
			.andExpect(redirectedUrl("/iam/users/auditor"));
		this.mvc.perform(get("/").session(auditorElsewhere)).andExpect(redirectedUrl("/signin"));

		this.mvc.perform(post("/iam/users/jane/sessions/end").with(csrf()).session(this.admin))
			.andExpect(redirectedUrl("/iam/users/jane"));
		this.mvc.perform(get("/").session(jane)).andExpect(redirectedUrl("/signin"));
	}

	private MockHttpSession signIn(String userName) throws Exception {
		return PortalSignIn.signIn(this.mvc, this.account.id(), userName, TestAccounts.PASSWORD);
	}

}
