package io.dirshare.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dirshare.core.Caller;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "Access keys" panel of the IAM user page, as an administrator and a read-only user use it. */
@IntegrationTest
class AccessKeysControllerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IamUserService users;

	@Test
	void createShowsTheSecretOnceThenTheKeyIsListedWithoutIt() throws Exception {
		Account account = this.testAccounts.newAccount("Portal keys");
		MockHttpSession session = signIn(account.id(), "admin", TestAccounts.PASSWORD);

		assertThat(page(session, "/iam/users/admin")).contains("Access keys").contains("No access keys.")
			.contains("Create access key");

		String created = this.mvc.perform(post("/iam/users/admin/access-keys").with(csrf()).session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(created).contains("This is the only time the secret access key can be viewed.");
		String keyId = find(created, "data-testid=\"access-key-id\">(AKIA[A-Z0-9]{16})<");
		String secret = find(created, "data-testid=\"secret-access-key\"><code>([A-Za-z0-9+/]{40})</code>");

		String userPage = page(session, "/iam/users/admin");
		assertThat(userPage).contains(keyId).contains("Active").contains("Never").doesNotContain(secret);

		this.mvc.perform(post("/iam/users/admin/access-keys/" + keyId + "/deactivate").with(csrf()).session(session))
			.andExpect(redirectedUrl("/iam/users/admin"));
		assertThat(page(session, "/iam/users/admin")).contains("Inactive").contains("Activate " + keyId);
		this.mvc.perform(post("/iam/users/admin/access-keys/" + keyId + "/activate").with(csrf()).session(session))
			.andExpect(redirectedUrl("/iam/users/admin"));
		assertThat(page(session, "/iam/users/admin")).contains("Deactivate " + keyId);

		this.mvc.perform(post("/iam/users/admin/access-keys/" + keyId + "/delete").with(csrf()).session(session))
			.andExpect(redirectedUrl("/iam/users/admin"))
			.andExpect(flash().attribute("message", "Access key " + keyId + " was deleted."));
		assertThat(page(session, "/iam/users/admin")).doesNotContain("Deactivate " + keyId).contains("No access keys.");
	}

	@Test
	void aThirdKeyIsRefusedWithIamsQuotaMessage() throws Exception {
		Account account = this.testAccounts.newAccount("Portal quota");
		MockHttpSession session = signIn(account.id(), "admin", TestAccounts.PASSWORD);
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/iam/users/admin/access-keys").with(csrf()).session(session)).andExpect(status().isOk());
		}

		this.mvc.perform(post("/iam/users/admin/access-keys").with(csrf()).session(session))
			.andExpect(redirectedUrl("/iam/users/admin"))
			.andExpect(flash().attribute("accessKeyError", "Cannot exceed quota for AccessKeysPerUser: 2"));
	}

	@Test
	void readOnlyUsersSeeKeysButCannotChangeThem() throws Exception {
		Account account = this.testAccounts.newAccount("Portal read-only");
		Caller admin = this.testAccounts.admin(account);
		this.users.create(admin, "reader", "reader-password", PermissionSet.ReadOnlyAccess);
		MockHttpSession session = signIn(account.id(), "reader", "reader-password");

		assertThat(page(session, "/iam/users/admin")).contains("Access keys").doesNotContain("Create access key");
		this.mvc.perform(post("/iam/users/admin/access-keys").with(csrf()).session(session))
			.andExpect(status().isForbidden());
	}

	@Test
	void formsNeedTheCsrfToken() throws Exception {
		Account account = this.testAccounts.newAccount("Portal csrf");
		MockHttpSession session = signIn(account.id(), "admin", TestAccounts.PASSWORD);

		this.mvc.perform(post("/iam/users/admin/access-keys").session(session)).andExpect(status().isForbidden());
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpSession signIn(String accountId, String userName, String password) throws Exception {
		MvcResult signIn = this.mvc
			.perform(post("/signin").with(csrf())
				.param("account", accountId)
				.param("username", userName)
				.param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) signIn.getRequest().getSession();
	}

	private static String find(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as("%s in the page", regex).isTrue();
		return matcher.group(1);
	}

}
