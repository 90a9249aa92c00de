package io.dirshare.sharing;

import java.util.Map;

import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryTagService;
import io.dirshare.identity.Account;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PoliciesForTests;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's door decides with the same policies as the API's: a user allowed to share only
 * directories tagged {@code env=lab} shares one and is refused another with AWS's sentence.
 */
@IntegrationTest
@Import({ SharingFixtures.class, PoliciesForTests.class })
class PolicyEvaluationPagesIntegrationTests {

	static final String LAB_SHARING = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {"Sid": "ReadDirectories", "Effect": "Allow", "Action": ["ds:Describe*", "ds:List*", "organizations:Describe*"], "Resource": "*"},
			    {"Sid": "ShareLabDirectories", "Effect": "Allow", "Action": "ds:ShareDirectory", "Resource": "*",
			     "Condition": {"StringEquals": {"aws:ResourceTag/env": "lab"}}}
			  ]
			}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IamUserService users;

	@Autowired
	SharingFixtures fixtures;

	@Autowired
	DirectoryTagService tags;

	@Autowired
	PoliciesForTests policies;

	@Autowired
	ShareQueries queries;

	@Test
	void aUserAllowedToShareLabDirectoriesSharesOneAndIsRefusedAnother() throws Exception {
		Account owner = this.testAccounts.newAccount("Lab owner");
		Account consumer = this.testAccounts.newAccount("Lab consumer");
		Directory lab = this.fixtures.activeDirectory(this.testAccounts.admin(owner), "Standard");
		Directory prod = this.fixtures.activeDirectory(this.testAccounts.admin(owner), "Standard");
		this.tags.addTags(this.testAccounts.admin(owner), lab.id(), Map.of("env", "lab"));
		this.tags.addTags(this.testAccounts.admin(owner), prod.id(), Map.of("env", "prod"));
		this.users.createInitialUser(owner.id(), "diradmin", TestAccounts.PASSWORD, PermissionSet.ReadOnlyAccess);
		this.policies.give(owner.id(), "diradmin", PoliciesForTests.customerManaged(owner.id(), "LabSharing", LAB_SHARING));
		MockHttpSession diradmin = signIn(owner.id(), "diradmin");

		// The wizard opens for both: the policy could allow sharing, and the directory decides on submit.
		this.mvc.perform(get("/directories/" + prod.id() + "/share").session(diradmin)).andExpect(status().isOk());
		String shared = this.mvc.perform(share(diradmin, lab, consumer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shared).contains("Invitation sent").contains(consumer.id());

		String refused = this.mvc.perform(share(diradmin, prod, consumer))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("AccessDeniedException")
			.contains("User: arn:aws:iam::" + owner.id() + ":user/diradmin is not authorized to perform:"
					+ " ds:ShareDirectory on resource: arn:aws:ds:us-east-1:" + owner.id() + ":directory/" + prod.id()
					+ " because no identity-based policy allows the ds:ShareDirectory action");
		assertThat(this.queries.liveSharesOf(this.testAccounts.admin(owner), lab.id())).hasSize(1);
		assertThat(this.queries.liveSharesOf(this.testAccounts.admin(owner), prod.id())).isEmpty();
	}

	private static RequestBuilder share(MockHttpSession session, Directory directory, Account target) {
		return post("/directories/" + directory.id() + "/share").session(session)
			.with(csrf())
			.param("method", "HANDSHAKE")
			.param("targets", target.id())
			.param("action", "share");
	}

	private MockHttpSession signIn(String accountId, String userName) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/signin").with(csrf())
				.param("account", accountId)
				.param("username", userName)
				.param("password", TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession();
	}

}
