package io.dirshare.simulator;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryTagService;
import io.dirshare.identity.Account;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;
import io.dirshare.sharing.SharingFixtures;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Policy simulator page through the real sign-in, services and database: each answer with the
 * statement that decided it, an unsaved policy that denies, a malformed one refused beside its field,
 * and who may simulate whose users.
 */
@IntegrationTest
@Import(SharingFixtures.class)
class PolicySimulatorPagesIntegrationTests {

	private static final String DENY_DESCRIBE = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {
			      "Sid": "NoDescribing",
			      "Effect": "Deny",
			      "Action": "ds:Describe*",
			      "Resource": "*"
			    }
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

	Account management;

	Account member;

	Directory directory;

	@BeforeEach
	void organizationWithUsersAndADirectory() {
		this.management = this.testAccounts.newAccount("Simulated Corp");
		this.member = this.testAccounts.newAccount("Simulated Dev");
		this.fixtures.organization(this.management.id(), this.member.id());
		this.users.createInitialUser(this.management.id(), "auditor", TestAccounts.PASSWORD,
				PermissionSet.ReadOnlyAccess);
		this.users.createInitialUser(this.member.id(), "diradmin", TestAccounts.PASSWORD,
				PermissionSet.DirectoryServiceFullAccess);
		this.directory = this.fixtures.activeDirectory(this.testAccounts.admin(this.management), "Standard");
		this.tags.addTags(this.testAccounts.admin(this.management), this.directory.id(), Map.of("env", "lab"));
	}

	@Test
	void eachActionIsAllowedOrImplicitlyDeniedWithTheStatementThatDecided() throws Exception {
		MockHttpSession admin = signIn(this.management.id(), "admin");
		String page = this.mvc
			.perform(simulate(admin, this.management.id(), "auditor").param("actions", "ds:DescribeDirectories",
					"ds:ShareDirectory"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String describe = row(page, "ds:DescribeDirectories");
		assertThat(describe).contains(">allowed<", ">ReadOnlyAccess<", "arn:aws:iam::aws:policy/ReadOnlyAccess",
				">ReadOnlyActions<");
		String share = row(page, "ds:ShareDirectory");
		assertThat(share).contains(">implicitly denied<", "No identity-based policy allows ds:ShareDirectory.");
		assertThat(page).contains("arn:aws:ds:us-east-1:" + this.management.id() + ":directory/" + this.directory.id())
			.contains("The account is the organization&#39;s management account");
	}

	@Test
	void anUnsavedDenyPolicyIsSimulatedAndNamedAsTheDecidingStatement() throws Exception {
		MockHttpSession admin = signIn(this.management.id(), "admin");
		String page = this.mvc
			.perform(simulate(admin, this.management.id(), "auditor").param("actions", "ds:DescribeDirectories")
				.param("unsavedPolicy", DENY_DESCRIBE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String describe = row(page, "ds:DescribeDirectories");
		assertThat(describe).contains(">explicitly denied<", ">Unsaved policy<", ">NoDescribing<", ">4<");
		assertThat(page).contains("includes the unsaved policy");
	}

	@Test
	void aMalformedUnsavedPolicyIsRefusedBesideTheFieldWithItsLineAndNothingIsSimulated() throws Exception {
		MockHttpSession admin = signIn(this.management.id(), "admin");
		String malformed = "{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}";
		String fragment = this.mvc
			.perform(simulate(admin, this.management.id(), "auditor").param("actions", "ds:DescribeDirectories")
				.param("unsavedPolicy", malformed)
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).doesNotContain("<html").contains("id=\"simulator\"");
		assertThat(fragment).containsPattern("id=\"unsavedPolicy-error\"[^>]*>Syntax errors in policy\\. \\(line 3\\)<");
		assertThat(fragment).doesNotContain("Simulation results");
	}

	@Test
	void theOrganizationsAdministratorMaySimulateAUserOfAMemberAccount() throws Exception {
		MockHttpSession admin = signIn(this.management.id(), "admin");
		String picker = this.mvc.perform(get("/iam/policy-simulator").param("accountId", this.member.id()).session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(picker).contains("Simulated Dev").contains(">diradmin<");

		String page = this.mvc
			.perform(post("/iam/policy-simulator").session(admin)
				.with(csrf())
				.param("accountId", this.member.id())
				.param("userName", "diradmin")
				.param("actions", "ds:ShareDirectory", "organizations:CreateAccount")
				.param("resourceKind", "arn")
				.param("resourceArn", "*"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(page, "ds:ShareDirectory")).contains(">allowed<", ">AWSDirectoryServiceFullAccess<",
				">DirectoryService<");
		assertThat(row(page, "organizations:CreateAccount")).contains(">implicitly denied<");
		assertThat(page).contains("The account is a member account");
	}

	@Test
	void aMemberAccountsAdministratorSeesOnlyItsOwnAccountAndCannotPickUsersOfAnother() throws Exception {
		MockHttpSession memberAdmin = signIn(this.member.id(), "admin");
		String own = this.mvc.perform(get("/iam/policy-simulator").session(memberAdmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains(">diradmin<").doesNotContain(this.management.id()).doesNotContain(">auditor<");

		String listed = this.mvc
			.perform(get("/iam/policy-simulator").param("accountId", this.management.id()).session(memberAdmin))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(listed).doesNotContain(">auditor<");
		String simulated = this.mvc
			.perform(simulate(memberAdmin, this.management.id(), "auditor").param("actions", "ds:DescribeDirectories"))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(simulated).doesNotContain("ReadOnlyAccess").doesNotContain("Simulation results");
	}

	@Test
	void aUserWithoutTheSimulateActionIsRefused() throws Exception {
		this.users.createInitialUser(this.member.id(), "organizer", TestAccounts.PASSWORD,
				PermissionSet.OrganizationsFullAccess);
		MockHttpSession organizer = signIn(this.member.id(), "organizer");
		this.mvc.perform(get("/iam/policy-simulator").session(organizer)).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder simulate(MockHttpSession session, String accountId, String userName) {
		return post("/iam/policy-simulator").session(session)
			.with(csrf())
			.param("accountId", accountId)
			.param("userName", userName)
			.param("resourceKind", "directory")
			.param("directoryId", this.directory.id());
	}

	/** The results table's row of one action. */
	private static String row(String page, String action) {
		Matcher matcher = Pattern.compile("<tr data-testid=\"row-" + Pattern.quote(action) + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(page);
		assertThat(matcher.find()).as("a results row for " + action).isTrue();
		return matcher.group(1);
	}

	private MockHttpSession signIn(String accountId, String userName) throws Exception {
		return PortalSignIn.signIn(this.mvc, accountId, userName, TestAccounts.PASSWORD);
	}

}
