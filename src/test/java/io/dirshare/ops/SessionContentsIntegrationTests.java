package io.dirshare.ops;

import io.dirshare.identity.Account;
import io.dirshare.organizations.FeatureSet;
import io.dirshare.organizations.OrganizationService;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everything the portal keeps in a session is written to the database (Spring Session JDBC) and read back
 * by whichever instance serves the next request, so it must survive serialization: the signed-in user,
 * the page a signed-out visitor asked for, the Region, and flash attributes shown after a redirect.
 */
@IntegrationTest
class SessionContentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	OrganizationService organizations;

	@Test
	void theRequestedPageAndTheRegionSurviveTheSessionStore() throws Exception {
		Account account = this.testAccounts.newAccount("Session Contents Test");
		MockHttpSession session = PortalSignIn.signIn(this.mvc, account.id(), "admin", TestAccounts.PASSWORD);

		this.mvc.perform(post("/region").session(session).with(csrf()).param("region", "eu-west-1").param("returnTo", "/"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/directories").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("selected=\"selected\">Europe (Ireland) eu-west-1")));
	}

	@Test
	void theCreatedAccountShownOnceAfterTheRedirectSurvivesTheSessionStore() throws Exception {
		Account management = this.testAccounts.newAccount("Session Flash Test");
		this.organizations.createOrganization(this.testAccounts.admin(management), FeatureSet.ALL);
		MockHttpSession session = PortalSignIn.signIn(this.mvc, management.id(), "admin", TestAccounts.PASSWORD);

		this.mvc.perform(post("/organization/accounts/create").session(session)
			.with(csrf())
			.param("accountName", "Flash Member")
			.param("email", "flash-" + management.id() + "@test.example.com")
			.param("password", "chosen-password-1"))
			.andExpect(redirectedUrl("/organization/accounts"));

		this.mvc.perform(get("/organization/accounts").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chosen-password-1")));
	}

}
