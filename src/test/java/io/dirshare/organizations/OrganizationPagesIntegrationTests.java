package io.dirshare.organizations;

import io.dirshare.identity.Account;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The portal's Organizations pages through the whole web stack: who may see and post what. */
@IntegrationTest
class OrganizationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	OrganizationService organizations;

	@Autowired
	MemberAccountService accounts;

	@Autowired
	HandshakeService handshakes;

	@Autowired
	TrustedAccessService trustedAccess;

	@Autowired
	IamUserService users;

	private MockHttpSession signIn(Account account, String userName) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/signin").with(csrf())
				.param("account", account.id())
				.param("username", userName)
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private Account management(FeatureSet featureSet) {
		Account account = this.testAccounts.newAccount("Pages management");
		this.organizations.createOrganization(this.testAccounts.admin(account), featureSet);
		return account;
	}

	private Account member(Account management) {
		Account member = this.testAccounts.newAccount("Pages member");
		String id = this.handshakes.inviteAccount(this.testAccounts.admin(management), member.id(), null).id();
		this.handshakes.acceptHandshake(this.testAccounts.admin(member), id);
		return member;
	}

	@Test
	void everyManagementPageRendersForTheManagementAdmin() throws Exception {
		Account management = management(FeatureSet.ALL);
		member(management);
		MockHttpSession session = signIn(management, "admin");
		for (String page : new String[] { "/organization", "/organization/accounts", "/organization/accounts?sort=id&order=desc",
				"/organization/accounts/create", "/organization/accounts/invite", "/organization/invitations",
				"/organization/services", "/organization/services/directory-service/disable", "/organization/delete",
				"/invitations" }) {
			this.mvc.perform(get(page).session(session)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/organization/accounts").session(session))
			.andExpect(content().string(containsString("Add an AWS account")))
			.andExpect(content().string(containsString("Pages member")));
	}

	@Test
	void aMemberAdminCannotReachManagementPagesNorForgeTheirPosts() throws Exception {
		Account management = management(FeatureSet.ALL);
		Account member = member(management);
		Account standalone = this.testAccounts.newAccount("Target");
		MockHttpSession session = signIn(member, "admin");

		for (String page : new String[] { "/organization/accounts", "/organization/accounts/create",
				"/organization/accounts/invite", "/organization/invitations", "/organization/services",
				"/organization/services/directory-service/disable", "/organization/delete",
				"/organization/accounts/" + management.id() + "/remove" }) {
			this.mvc.perform(get(page).session(session)).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/organization/accounts/invite").session(session).with(csrf()).param("target", standalone.id()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/organization/accounts/create").session(session).with(csrf())
			.param("accountName", "Forged")
			.param("email", "forged@example.com")).andExpect(status().isForbidden());
		this.mvc.perform(post("/organization/services/directory-service/disable").session(session).with(csrf())
			.param("showDisable", "true")
			.param("confirmation", "disable")).andExpect(status().isForbidden());
		this.mvc.perform(post("/organization/accounts/" + member.id() + "/remove").session(session).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/organization/delete").session(session).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/organization").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leave organization")))
			.andExpect(content().string(not(containsString("href=\"/organization/accounts"))));
		assertThat(this.handshakes.openInvitationCount(this.testAccounts.admin(standalone))).isZero();
	}

	@Test
	void aReadOnlyUserSeesTheListsWithoutButtonsAndIsRefusedOnPost() throws Exception {
		Account management = management(FeatureSet.ALL);
		this.users.createInitialUser(management.id(), "auditor", TestAccounts.PASSWORD, PermissionSet.ReadOnlyAccess);
		Account standalone = this.testAccounts.newAccount("Target");
		MockHttpSession session = signIn(management, "auditor");

		this.mvc.perform(get("/organization/accounts").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Add an AWS account"))));
		this.mvc.perform(get("/organization/services").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Enable trusted access"))));
		this.mvc.perform(post("/organization/accounts/invite").session(session).with(csrf()).param("target", standalone.id()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/organization/services/directory-service/disable").session(session).with(csrf())
			.param("showDisable", "true")
			.param("confirmation", "disable")).andExpect(status().isForbidden());
	}

	@Test
	void anInvitationIsAcceptedInPlaceWithHtmxAndTheRoleChangesOnTheNextRequest() throws Exception {
		Account management = management(FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Invited by page");
		MockHttpSession managementSession = signIn(management, "admin");
		this.mvc.perform(post("/organization/accounts/invite").session(managementSession).with(csrf())
			.param("target", invited.id())
			.param("notes", "<script>alert('hi')</script> Welcome")).andExpect(redirectedUrl("/organization/invitations"));

		MockHttpSession session = signIn(invited, "admin");
		this.mvc.perform(get("/").session(session))
			.andExpect(content().string(containsString("Standalone account")))
			.andExpect(content().string(containsString("id=\"nav-badge-invitations\" class=\"count\">1</span>")));
		String page = this.mvc.perform(get("/invitations").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; Welcome")
			.doesNotContain("<script>alert");
		String handshakeId = this.handshakes.openInvitations(this.testAccounts.admin(invited)).get(0).id();

		this.mvc.perform(post("/invitations/" + handshakeId + "/accept").session(session).with(csrf())
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"invitation-" + handshakeId + "\"")))
			.andExpect(content().string(containsString("Accepted")))
			.andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
			.andExpect(content().string(not(containsString("<html"))));

		this.mvc.perform(get("/").session(session))
			.andExpect(content().string(containsString("Member account")))
			.andExpect(content().string(not(containsString("Standalone account"))));
	}

	@Test
	void aDeclinedInvitationRedirectsWithoutJavaScriptAndACanceledRowIsSwappedWithHtmx() throws Exception {
		Account management = management(FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Decliner");
		String first = this.handshakes.inviteAccount(this.testAccounts.admin(management), invited.id(), null).id();
		MockHttpSession session = signIn(invited, "admin");
		this.mvc.perform(post("/invitations/" + first + "/decline").session(session).with(csrf()))
			.andExpect(redirectedUrl("/invitations"));

		String second = this.handshakes.inviteAccount(this.testAccounts.admin(management), invited.id(), null).id();
		MockHttpSession managementSession = signIn(management, "admin");
		this.mvc.perform(post("/organization/invitations/" + second + "/cancel").session(managementSession).with(csrf())
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<tr id=\"sent-" + second + "\"")))
			.andExpect(content().string(containsString("Canceled")));
		this.mvc.perform(post("/invitations/" + second + "/accept").session(session).with(csrf()))
			.andExpect(redirectedUrl("/invitations"));
		this.mvc.perform(post("/organization/invitations/" + second + "/cancel").session(session).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void disablingTrustedAccessNeedsTheTickedBoxAndTheWord() throws Exception {
		Account management = management(FeatureSet.ALL);
		this.trustedAccess.enableTrustedAccess(this.testAccounts.admin(management), TrustedAccess.DIRECTORY_SERVICE);
		MockHttpSession session = signIn(management, "admin");

		this.mvc.perform(post("/organization/services/directory-service/disable").session(session).with(csrf())
			.param("confirmation", "disable"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick &quot;Show the option to disable trusted access&quot; first.")));
		this.mvc.perform(post("/organization/services/directory-service/disable").session(session).with(csrf())
			.param("showDisable", "true")
			.param("confirmation", "please"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("to confirm that trusted access is disabled")));
		assertThat(this.trustedAccess.listServiceAccess(this.testAccounts.admin(management))).hasSize(1);

		this.mvc.perform(post("/organization/services/directory-service/disable").session(session).with(csrf())
			.param("showDisable", "true")
			.param("confirmation", "disable")).andExpect(redirectedUrl("/organization/services"));
		assertThat(this.trustedAccess.listServiceAccess(this.testAccounts.admin(management))).isEmpty();
		this.mvc.perform(get("/organization/services").session(session))
			.andExpect(content().string(containsString("enabled from AWS Directory Service")))
			.andExpect(content().string(not(containsString("Enable trusted access"))));
	}

	@Test
	void inputThatBreaksARuleIsShownBesideItsFieldAndChangesNothing() throws Exception {
		Account management = management(FeatureSet.ALL);
		MockHttpSession session = signIn(management, "admin");

		this.mvc.perform(post("/organization/accounts/create").session(session).with(csrf())
			.param("accountName", "   ")
			.param("email", "not-an-email")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name(AccountsController.VIEW_ADD_ACCOUNT))
			.andExpect(model().attributeHasFieldErrors("createAccountForm", "accountName", "email", "password"))
			.andExpect(content().string(containsString("The account name must have 1 to 50 characters.")))
			.andExpect(content().string(containsString("Enter a valid email address.")))
			.andExpect(content().string(containsString("Passwords have 8 to 128 characters.")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		this.mvc.perform(post("/organization/accounts/invite").session(session).with(csrf())
			.param("target", "12345")
			.param("notes", "x".repeat(1025)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("inviteAccountForm", "target", "notes"))
			.andExpect(content().string(containsString("Enter a 12-digit account ID or the email address of an account.")))
			.andExpect(content().string(containsString("value=\"12345\"")));

		assertThat(this.accounts.listAccounts(this.testAccounts.admin(management), AccountSort.NAME_ASC, 1, 20).items())
			.hasSize(1);
		assertThat(this.handshakes.listHandshakesForOrganization(this.testAccounts.admin(management))).isEmpty();
	}

	@Test
	void aRefusalOfTheServiceIsShownAboveTheForm() throws Exception {
		Account management = management(FeatureSet.ALL);
		MockHttpSession session = signIn(management, "admin");

		this.mvc.perform(post("/organization/accounts/create").session(session).with(csrf())
			.param("accountName", "Taken")
			.param("email", management.email()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasNoErrors("createAccountForm"))
			.andExpect(model().attribute("createError", "An account with this email address already exists."))
			.andExpect(content().string(containsString("value=\"Taken\"")));
	}

	@Test
	void aStandaloneAccountCreatesAnOrganizationFromItsOrganizationPage() throws Exception {
		Account account = this.testAccounts.newAccount("Founder");
		MockHttpSession session = signIn(account, "admin");
		this.mvc.perform(get("/organization").session(session))
			.andExpect(content().string(containsString("Create an organization")));
		this.mvc.perform(post("/organization").session(session).with(csrf()).param("featureSet", "CONSOLIDATED_BILLING"))
			.andExpect(redirectedUrl("/organization"));
		this.mvc.perform(get("/organization").session(session))
			.andExpect(content().string(containsString("Management account")))
			.andExpect(content().string(containsString("Consolidated billing")))
			.andExpect(content().string(containsString("Enable all features")));
		this.mvc.perform(post("/organization/delete").session(session).with(csrf())).andExpect(redirectedUrl("/organization"));
		this.mvc.perform(get("/").session(session)).andExpect(content().string(containsString("Standalone account")));
	}

}
