package io.dirshare.identity;

import java.time.Instant;

import io.dirshare.core.Ids;
import io.dirshare.organizations.FeatureSet;
import io.dirshare.organizations.JoinedMethod;
import io.dirshare.organizations.Organization;
import io.dirshare.organizations.OrganizationAccountRepository;
import io.dirshare.organizations.OrganizationRepository;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A session never keeps powers its user or account has lost: the next request sees the change. */
@IntegrationTest
class PrincipalRefreshIntegrationTests {

	private static final String ORGANIZATION_NAV = ">AWS accounts</a>";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IamUserService users;

	@Autowired
	IamPolicyService policies;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	OrganizationAccountRepository memberships;

	@Test
	void anAttachedPolicyAppliesToTheNextRequestOfTheSameSessionARemovedOneEndsIt() throws Exception {
		Account account = this.testAccounts.newAccount("Permission Refresh Test");
		this.users.create(this.testAccounts.admin(account), "ops", TestAccounts.PASSWORD, PermissionSet.ReadOnlyAccess);
		MockHttpSession ops = PortalSignIn.signIn(this.mvc, account.id(), "ops", TestAccounts.PASSWORD);
		this.mvc.perform(get("/iam/users").session(ops))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Create user"))));

		this.policies.attach(this.testAccounts.admin(account), "ops", PermissionSet.AdministratorAccess.arn());
		this.mvc.perform(get("/iam/users").session(ops)).andExpect(content().string(containsString(">Create user</button>")));

		// Fewer actions: the session started with more ends (SessionEndingIntegrationTests has the details).
		this.policies.detach(this.testAccounts.admin(account), "ops", PermissionSet.AdministratorAccess.arn());
		this.mvc.perform(get("/iam/users").session(ops)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(post("/iam/users").session(ops).with(csrf())
				.param("userName", "sneaky").param("password", "sneaky-password").param("permissionSet", "AdministratorAccess"))
			.andExpect(redirectedUrl("/signin"));
	}

	@Test
	void anOrganizationMembershipChangeAppliesToTheNextRequestOfTheSameSession() throws Exception {
		Account management = this.testAccounts.newAccount("Refresh Management");
		Account member = this.testAccounts.newAccount("Refresh Member");
		MockHttpSession managementSession = PortalSignIn.signIn(this.mvc, management.id(), "admin", TestAccounts.PASSWORD);
		MockHttpSession memberSession = PortalSignIn.signIn(this.mvc, member.id(), "admin", TestAccounts.PASSWORD);
		expectBadge(managementSession, "Standalone account");

		Organization organization = this.organizations.save(Organization.create(Ids.organizationId(),
				"Refresh Org", management.id(), FeatureSet.ALL, Instant.now()));
		this.memberships.insert(management.id(), organization.id(), JoinedMethod.CREATED.name(), Instant.now());
		this.memberships.insert(member.id(), organization.id(), JoinedMethod.INVITED.name(), Instant.now());

		expectBadge(managementSession, "Management account").andExpect(content().string(containsString(ORGANIZATION_NAV)));
		expectBadge(memberSession, "Member account").andExpect(content().string(not(containsString(ORGANIZATION_NAV))));

		this.memberships.deleteById(member.id());

		expectBadge(memberSession, "Standalone account");
	}

	@Test
	void aDeletedUsersSessionIsSignedOut() throws Exception {
		Account account = this.testAccounts.newAccount("Deleted User Test");
		this.users.create(this.testAccounts.admin(account), "leaver", TestAccounts.PASSWORD, PermissionSet.ReadOnlyAccess);
		MockHttpSession leaver = PortalSignIn.signIn(this.mvc, account.id(), "leaver", TestAccounts.PASSWORD);

		this.users.delete(this.testAccounts.admin(account), "leaver");

		this.mvc.perform(get("/").session(leaver)).andExpect(redirectedUrl("/signin"));
	}

	private org.springframework.test.web.servlet.ResultActions expectBadge(MockHttpSession session, String badge)
			throws Exception {
		return this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"account-badge\">" + badge + "</span>")));
	}

}
