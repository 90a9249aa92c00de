package io.dirshare.sharing;

import io.dirshare.directories.Directory;
import io.dirshare.identity.Account;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's doors onto sharing: who may do what (actions, ownership, account scoping), escaping of
 * the owner's note, plain form posts without JavaScript, and the polling fragment.
 */
@IntegrationTest
@Import(SharingFixtures.class)
class SharingPagesIntegrationTests {

	private static final String NOTE = "<script>alert('owned')</script> & welcome";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IamUserService users;

	@Autowired
	SharingFixtures fixtures;

	@Autowired
	OwnerSharingService owners;

	@Autowired
	ConsumerSharingService consumers;

	@Autowired
	ShareQueries queries;

	Account owner;

	Account consumer;

	Directory directory;

	@BeforeEach
	void ownerWithADirectory() {
		this.owner = this.testAccounts.newAccount("Owner");
		this.consumer = this.testAccounts.newAccount("Consumer");
		this.users.createInitialUser(this.owner.id(), "auditor", TestAccounts.PASSWORD, PermissionSet.ReadOnlyAccess);
		this.users.createInitialUser(this.owner.id(), "diradmin", TestAccounts.PASSWORD,
				PermissionSet.DirectoryServiceFullAccess);
		this.directory = this.fixtures.activeDirectory(this.testAccounts.admin(this.owner), "Standard");
	}

	@Test
	void theAuditorMayLookButNotShareTheDirectoryAdministratorMayShare() throws Exception {
		MockHttpSession auditor = signIn(this.owner.id(), "auditor");
		this.mvc.perform(get("/directories/" + this.directory.id() + "?tab=share").session(auditor))
			.andExpect(status().isOk());
		this.mvc.perform(get("/directories/" + this.directory.id() + "/share").session(auditor))
			.andExpect(status().isForbidden());
		this.mvc.perform(shareByHandshake(auditor)).andExpect(status().isForbidden());
		assertThat(this.queries.liveSharesOf(this.testAccounts.admin(this.owner), this.directory.id())).isEmpty();

		MockHttpSession directoryAdmin = signIn(this.owner.id(), "diradmin");
		String results = this.mvc.perform(shareByHandshake(directoryAdmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).contains("Invitation sent").contains(this.consumer.id());
		assertThat(this.queries.liveSharesOf(this.testAccounts.admin(this.owner), this.directory.id())).hasSize(1);
	}

	@Test
	void theWizardWorksAsPlainFormPosts() throws Exception {
		MockHttpSession admin = signIn(this.owner.id(), "admin");
		String added = this.mvc
			.perform(post("/directories/" + this.directory.id() + "/share").session(admin)
				.with(csrf())
				.param("method", "HANDSHAKE")
				.param("candidateAccountIds", this.consumer.id() + ", 12345")
				.param("action", "add"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(added).contains("Remove " + this.consumer.id())
			.contains("An AWS account ID has 12 digits: 12345 does not.")
			.contains("USD 0.05");
		assertThat(added).contains("<html");
	}

	@Test
	void theOwnersNoteIsShownAsTextNeverAsMarkup() throws Exception {
		String sharedId = this.owners.shareDirectory(this.testAccounts.admin(this.owner), this.directory.id(),
				ShareTarget.account(this.consumer.id()), ShareMethod.HANDSHAKE, NOTE);

		String invitation = this.mvc.perform(get("/shared-directories/" + sharedId).session(signIn(this.consumer.id(), "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invitation).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; welcome")
			.doesNotContain("<script>alert");
		String ownerTable = this.mvc
			.perform(get("/directories/" + this.directory.id() + "?tab=share").session(signIn(this.owner.id(), "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ownerTable).contains("&lt;script&gt;").doesNotContain("<script>alert");
	}

	@Test
	void noAccountSeesAnotherAccountsDirectoryOrInvitationByUrl() throws Exception {
		String sharedId = this.owners.shareDirectory(this.testAccounts.admin(this.owner), this.directory.id(),
				ShareTarget.account(this.consumer.id()), ShareMethod.HANDSHAKE, NOTE);
		Account stranger = this.testAccounts.newAccount("Stranger");
		MockHttpSession session = signIn(stranger.id(), "admin");

		this.mvc.perform(get("/directories/" + this.directory.id()).session(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/directories/" + this.directory.id() + "/share").session(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/shared-directories/" + sharedId).session(session)).andExpect(status().isNotFound());
		this.mvc.perform(post("/shared-directories/" + sharedId + "/accept").session(session).with(csrf()))
			.andExpect(status().isNotFound());
		// Even the owner cannot answer the invitation meant for the other account.
		this.mvc.perform(post("/shared-directories/" + sharedId + "/accept").session(signIn(this.owner.id(), "admin"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(this.consumers.sharedDirectory(this.testAccounts.admin(this.consumer), sharedId).shareStatus())
			.isEqualTo(ShareStatus.PendingAcceptance);
	}

	@Test
	void theSharesTablePollsOnlyWhileAShareIsTransient() throws Exception {
		String sharedId = this.owners.shareDirectory(this.testAccounts.admin(this.owner), this.directory.id(),
				ShareTarget.account(this.consumer.id()), ShareMethod.HANDSHAKE, null);
		MockHttpSession admin = signIn(this.owner.id(), "admin");
		String settled = this.mvc
			.perform(get("/directories/" + this.directory.id() + "/shares").session(admin).header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(settled).contains("PendingAcceptance").doesNotContain("every 2s").doesNotContain("<html");

		this.consumers.acceptSharedDirectory(this.testAccounts.admin(this.consumer), sharedId);
		String polling = this.mvc
			.perform(get("/directories/" + this.directory.id() + "/shares").session(admin).header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(polling).contains("Sharing").contains("hx-trigger=\"every 2s\"");
	}

	@Test
	void deletingASharedDirectoryIsRefusedWithItsSharesAndAOneClickWayOut() throws Exception {
		this.owners.shareDirectory(this.testAccounts.admin(this.owner), this.directory.id(),
				ShareTarget.account(this.consumer.id()), ShareMethod.HANDSHAKE, null);
		MockHttpSession admin = signIn(this.owner.id(), "admin");
		String refused = this.mvc
			.perform(post("/directories/" + this.directory.id() + "/delete").session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Unshare all and delete").contains(this.consumer.id());

		this.mvc.perform(post("/directories/" + this.directory.id() + "/unshare-all-and-delete").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/directories/" + this.directory.id()).session(admin)).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.RequestBuilder shareByHandshake(MockHttpSession session) {
		return post("/directories/" + this.directory.id() + "/share").session(session)
			.with(csrf())
			.param("method", "HANDSHAKE")
			.param("targets", this.consumer.id())
			.param("notes", "hello")
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
