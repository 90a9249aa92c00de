package io.dirshare.identity;

import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The IAM users pages end to end: real sign-in, real service, the portal's error pages. */
@IntegrationTest
class UsersPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IamUserService users;

	@Autowired
	IamUserRepository userRepository;

	private Account account;

	private MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.account = this.testAccounts.newAccount("Users Page Test");
		this.admin = PortalSignIn.signIn(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD);
	}

	@Test
	void anAdministratorCreatesChangesAndDeletesAUserThroughTheForms() throws Exception {
		this.mvc.perform(post("/iam/users").session(this.admin).with(csrf())
				.param("userName", "jane").param("password", "first-password").param("permissionSet", "ReadOnlyAccess"))
			.andExpect(redirectedUrl("/iam/users"));
		this.mvc.perform(post("/iam/users/jane/policies").session(this.admin).with(csrf())
				.param("policyArn", "arn:aws:iam::aws:policy/AWSOrganizationsFullAccess"))
			.andExpect(redirectedUrl("/iam/users/jane"));
		this.mvc.perform(post("/iam/users/jane/policies/detach").session(this.admin).with(csrf())
				.param("policyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"))
			.andExpect(redirectedUrl("/iam/users/jane"));
		this.mvc.perform(get("/iam/users/jane").session(this.admin))
			.andExpect(content().string(containsString("AWSOrganizationsFullAccess")))
			.andExpect(content().string(not(containsString("aria-label=\"Remove ReadOnlyAccess\""))));
		this.mvc.perform(post("/iam/users/jane/delete").session(this.admin).with(csrf()))
			.andExpect(redirectedUrl("/iam/users"));
		assertThat(this.userRepository.findByAccountIdAndUserNameKey(this.account.id(), "jane")).isEmpty();
	}

	@Test
	void aDuplicateNameIsShownBesideTheCreateForm() throws Exception {
		this.mvc.perform(post("/iam/users").session(this.admin).with(csrf())
				.param("userName", "ADMIN").param("password", "first-password").param("permissionSet", "ReadOnlyAccess"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/users"))
			.andExpect(content().string(containsString("User with name ADMIN already exists.")));
	}

	@Test
	void deletingTheLastAdministratorIsRefusedOnTheUserPage() throws Exception {
		this.mvc.perform(post("/iam/users/admin/delete").session(this.admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("last administrator. Attach AdministratorAccess to another user first.")));
		assertThat(this.userRepository.findByAccountIdAndUserNameKey(this.account.id(), "admin")).isPresent();
	}

	@Test
	void aReadOnlyUsersForgedRequestsGetTheAccessDeniedPage() throws Exception {
		this.users.create(this.testAccounts.admin(this.account), "auditor", TestAccounts.PASSWORD,
				PermissionSet.ReadOnlyAccess);
		MockHttpSession auditor = PortalSignIn.signIn(this.mvc, this.account.id(), "auditor", TestAccounts.PASSWORD);

		this.mvc.perform(post("/iam/users").session(auditor).with(csrf())
				.param("userName", "intruder").param("password", "first-password").param("permissionSet", "AdministratorAccess"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Access denied")));
		this.mvc.perform(post("/iam/users/admin/delete").session(auditor).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.userRepository.findByAccountIdAndUserNameKey(this.account.id(), "intruder")).isEmpty();
		assertThat(this.userRepository.findByAccountIdAndUserNameKey(this.account.id(), "admin")).isPresent();
	}

	@Test
	void anotherAccountsUserIsNotFoundByUrl() throws Exception {
		Account other = this.testAccounts.newAccount("Other Users Page Account");
		this.users.create(this.testAccounts.admin(other), "only-there", TestAccounts.PASSWORD,
				PermissionSet.ReadOnlyAccess);

		this.mvc.perform(get("/iam/users/only-there").session(this.admin))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Not found")))
			.andExpect(content().string(containsString("NoSuchEntity")));
		this.mvc.perform(post("/iam/users/only-there/delete").session(this.admin).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/iam/users").session(this.admin)
				.param("userName", "jane").param("password", "first-password").param("permissionSet", "ReadOnlyAccess"))
			.andExpect(status().isForbidden());
		assertThat(this.userRepository.findByAccountIdAndUserNameKey(this.account.id(), "jane")).isEmpty();
	}

	@Test
	void anUnknownPageIsNotFound() throws Exception {
		this.mvc.perform(get("/no/such/page").session(this.admin))
			.andExpect(status().isNotFound());
	}

}
