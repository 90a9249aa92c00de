package io.dirshare.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.dirshare.core.Ids;
import io.dirshare.identity.Account;
import io.dirshare.identity.AccountRepository;
import io.dirshare.identity.PermissionSet;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.AccessDeniedException;
import software.amazon.awssdk.services.directory.model.DescribeSharedDirectoriesResponse;
import software.amazon.awssdk.services.directory.model.DirectoryAlreadySharedException;
import software.amazon.awssdk.services.directory.model.DirectoryDescription;
import software.amazon.awssdk.services.directory.model.DirectoryException;
import software.amazon.awssdk.services.directory.model.DirectoryNotSharedException;
import software.amazon.awssdk.services.directory.model.DirectoryType;
import software.amazon.awssdk.services.directory.model.EntityDoesNotExistException;
import software.amazon.awssdk.services.directory.model.InvalidParameterException;
import software.amazon.awssdk.services.directory.model.InvalidTargetException;
import software.amazon.awssdk.services.directory.model.OrganizationsException;
import software.amazon.awssdk.services.directory.model.ShareLimitExceededException;
import software.amazon.awssdk.services.directory.model.ShareMethod;
import software.amazon.awssdk.services.directory.model.ShareStatus;
import software.amazon.awssdk.services.directory.model.SharedDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Directory sharing through the real SDK, including the flows Terraform's {@code aws_directory_service_shared_directory}
 * and {@code ..._shared_directory_accepter} resources run: act, then poll until the status settles.
 */
class DirectorySharingApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	AccountRepository accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void terraformStyleHandshakeShareAcceptAndUnshare() {
		ApiAccount owner = newApiAccount("TF owner");
		ApiAccount consumer = newApiAccount("TF consumer");
		DirectoryClient ownerClient = directory(owner);
		DirectoryClient consumerClient = directory(consumer);
		String directoryId = activeDirectory(ownerClient, "Enterprise");

		// aws_directory_service_shared_directory: create, then read until PendingAcceptance
		String sharedDirectoryId = ownerClient.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod(ShareMethod.HANDSHAKE)
			.shareNotes("Please accept: the app team needs it")
			.shareTarget((t) -> t.id(consumer.id()).type("ACCOUNT"))).sharedDirectoryId();
		assertThat(sharedDirectoryId).matches("^d-[0-9a-f]{10}$").isNotEqualTo(directoryId);
		awaitValue(() -> ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus(),
				ShareStatus.PENDING_ACCEPTANCE);
		SharedDirectory pending = ownerShare(ownerClient, directoryId, sharedDirectoryId);
		assertThat(pending.ownerAccountId()).isEqualTo(owner.id());
		assertThat(pending.sharedAccountId()).isEqualTo(consumer.id());
		assertThat(pending.shareMethod()).isEqualTo(ShareMethod.HANDSHAKE);
		assertThat(pending.shareNotes()).isEqualTo("Please accept: the app team needs it");
		assertThat(pending.createdDateTime()).isNotNull();

		DirectoryDescription invitation = consumerDirectory(consumerClient, sharedDirectoryId);
		assertThat(invitation.type()).isEqualTo(DirectoryType.SHARED_MICROSOFT_AD);
		assertThat(invitation.shareStatus()).isEqualTo(ShareStatus.PENDING_ACCEPTANCE);
		assertThat(invitation.shareMethod()).isEqualTo(ShareMethod.HANDSHAKE);
		assertThat(invitation.shareNotes()).isEqualTo("Please accept: the app team needs it");
		assertThat(invitation.ownerDirectoryDescription().accountId()).isEqualTo(owner.id());
		assertThat(invitation.ownerDirectoryDescription().directoryId()).isEqualTo(directoryId);
		assertThat(invitation.ownerDirectoryDescription().dnsIpAddrs()).isNotEmpty();

		// aws_directory_service_shared_directory_accepter: accept, then poll DescribeDirectories until Shared
		SharedDirectory accepted = consumerClient.acceptSharedDirectory((r) -> r.sharedDirectoryId(sharedDirectoryId))
			.sharedDirectory();
		assertThat(accepted.sharedDirectoryId()).isEqualTo(sharedDirectoryId);
		assertThat(accepted.shareStatus()).isIn(ShareStatus.SHARING, ShareStatus.SHARED);
		awaitValue(() -> consumerDirectory(consumerClient, sharedDirectoryId).shareStatus(), ShareStatus.SHARED);
		assertThat(ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus()).isEqualTo(ShareStatus.SHARED);
		assertThatThrownBy(() -> consumerClient.acceptSharedDirectory((r) -> r.sharedDirectoryId(sharedDirectoryId)))
			.isInstanceOf(DirectoryAlreadySharedException.class);

		// destroy: UnshareDirectory, then poll until Deleted; the consumer's directory goes away
		assertThat(ownerClient.unshareDirectory((r) -> r.directoryId(directoryId)
			.unshareTarget((t) -> t.id(consumer.id()).type("ACCOUNT"))).sharedDirectoryId()).isEqualTo(sharedDirectoryId);
		awaitValue(() -> ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus(), ShareStatus.DELETED);
		await(() -> consumerClient.describeDirectories().directoryDescriptions(),
				(list) -> list.stream().noneMatch((d) -> d.directoryId().equals(sharedDirectoryId)),
				"the shared directory to disappear");
		assertThatThrownBy(() -> consumerClient.describeDirectories((r) -> r.directoryIds(sharedDirectoryId)))
			.isInstanceOf(EntityDoesNotExistException.class);

		assertThat(this.jdbc.sql("SELECT event_name FROM audit_event WHERE account_id = :id AND event_source = 'api' "
				+ "AND outcome = 'Success' AND principal_arn = :arn")
			.param("id", owner.id())
			.param("arn", "arn:aws:iam::" + owner.id() + ":user/admin")
			.query(String.class)
			.list()).contains("ds:CreateMicrosoftAD", "ds:ShareDirectory", "ds:UnshareDirectory");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE account_id = :id AND event_source = 'api' "
				+ "AND event_name = 'ds:AcceptSharedDirectory' AND outcome = 'Success' AND region = 'us-east-1'")
			.param("id", consumer.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theConsumerDeletesAnAcceptedShareAndTheOwnerSeesItDeleted() {
		ApiAccount owner = newApiAccount("Drop owner");
		ApiAccount consumer = newApiAccount("Drop consumer");
		DirectoryClient ownerClient = directory(owner);
		DirectoryClient consumerClient = directory(consumer);
		String directoryId = activeDirectory(ownerClient, "Standard");
		String sharedDirectoryId = shareByHandshake(ownerClient, directoryId, consumer);
		consumerClient.acceptSharedDirectory((r) -> r.sharedDirectoryId(sharedDirectoryId));
		awaitValue(() -> consumerDirectory(consumerClient, sharedDirectoryId).shareStatus(), ShareStatus.SHARED);

		assertThat(consumerClient.deleteDirectory((r) -> r.directoryId(sharedDirectoryId)).directoryId())
			.isEqualTo(sharedDirectoryId);

		await(() -> consumerClient.describeDirectories().directoryDescriptions(),
				(list) -> list.stream().noneMatch((d) -> d.directoryId().equals(sharedDirectoryId)),
				"the shared directory to be gone");
		awaitValue(() -> ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus(), ShareStatus.DELETED);
	}

	@Test
	void aRejectedInvitationEndsRejected() {
		ApiAccount owner = newApiAccount("Reject owner");
		ApiAccount consumer = newApiAccount("Reject consumer");
		DirectoryClient ownerClient = directory(owner);
		DirectoryClient consumerClient = directory(consumer);
		String directoryId = activeDirectory(ownerClient, "Standard");
		String sharedDirectoryId = shareByHandshake(ownerClient, directoryId, consumer);

		assertThat(consumerClient.rejectSharedDirectory((r) -> r.sharedDirectoryId(sharedDirectoryId)).sharedDirectoryId())
			.isEqualTo(sharedDirectoryId);

		awaitValue(() -> ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus(), ShareStatus.REJECTED);
		assertThatThrownBy(() -> consumerClient.rejectSharedDirectory((r) -> r.sharedDirectoryId(sharedDirectoryId)))
			.isInstanceOf(DirectoryAlreadySharedException.class);
		// A rejected share no longer blocks a new one.
		assertThat(shareByHandshake(ownerClient, directoryId, consumer)).isNotEqualTo(sharedDirectoryId);
	}

	@Test
	void shareDirectoryRaisesTheDocumentedErrors() {
		ApiAccount owner = newApiAccount("Share errors");
		ApiAccount consumer = newApiAccount("Share errors consumer");
		DirectoryClient ownerClient = directory(owner);
		String directoryId = activeDirectory(ownerClient, "Standard");
		shareByHandshake(ownerClient, directoryId, consumer);

		assertThatThrownBy(() -> shareByHandshake(ownerClient, directoryId, consumer))
			.isInstanceOfSatisfying(DirectoryAlreadySharedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("DirectoryAlreadySharedException"));
		assertThatThrownBy(() -> shareByHandshake(ownerClient, directoryId, owner))
			.isInstanceOf(InvalidTargetException.class);
		assertThatThrownBy(() -> ownerClient.shareDirectory((r) -> r.directoryId(directoryId).shareMethod("HANDSHAKE")
			.shareTarget((t) -> t.id("12345").type("ACCOUNT")))).isInstanceOf(InvalidTargetException.class);
		assertThatThrownBy(() -> ownerClient.shareDirectory((r) -> r.directoryId("d-0000000000").shareMethod("HANDSHAKE")
			.shareTarget((t) -> t.id(consumer.id()).type("ACCOUNT")))).isInstanceOf(EntityDoesNotExistException.class);
		assertThatThrownBy(() -> ownerClient.shareDirectory((r) -> r.directoryId(directoryId).shareMethod("EMAIL")
			.shareTarget((t) -> t.id(consumer.id()).type("ACCOUNT"))))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("1 validation error detected: Value 'EMAIL' at 'shareMethod' failed to satisfy constraint: "
						+ "Member must satisfy enum value set: [ORGANIZATIONS, HANDSHAKE]"));
		assertThatThrownBy(() -> ownerClient.shareDirectory((r) -> r.directoryId(directoryId).shareMethod("HANDSHAKE")
			.shareNotes("n".repeat(1025))
			.shareTarget((t) -> t.id(newApiAccount("Long note").id()).type("ACCOUNT"))))
			.isInstanceOf(InvalidParameterException.class);
		assertThatThrownBy(() -> ownerClient.shareDirectory((r) -> r.directoryId(directoryId).shareMethod("HANDSHAKE")))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.contains("Value null at 'shareTarget' failed to satisfy constraint: Member must not be null"));

		// The Standard quota is 3 accounts in these tests (25 by default).
		shareByHandshake(ownerClient, directoryId, newApiAccount("Quota 2"));
		shareByHandshake(ownerClient, directoryId, newApiAccount("Quota 3"));
		assertThatThrownBy(() -> shareByHandshake(ownerClient, directoryId, newApiAccount("Quota 4")))
			.isInstanceOf(ShareLimitExceededException.class);

		DirectoryClient reader = directory(userWithKey(owner, "reader", PermissionSet.ReadOnlyAccess));
		assertThatThrownBy(() -> shareByHandshake(reader, directoryId, newApiAccount("Denied target")))
			.isInstanceOfSatisfying(AccessDeniedException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.endsWith("is not authorized to perform: ds:ShareDirectory"
						+ " because no identity-based policy allows the ds:ShareDirectory action"));
		assertThat(reader.describeSharedDirectories((r) -> r.ownerDirectoryId(directoryId)).sharedDirectories()).hasSize(3);
	}

	@Test
	void unshareAcceptAndRejectRaiseTheDocumentedErrors() {
		ApiAccount owner = newApiAccount("Unshare errors");
		ApiAccount stranger = newApiAccount("Never shared with");
		DirectoryClient ownerClient = directory(owner);
		String directoryId = activeDirectory(ownerClient, "Standard");

		assertThatThrownBy(() -> ownerClient.unshareDirectory((r) -> r.directoryId(directoryId)
			.unshareTarget((t) -> t.id(stranger.id()).type("ACCOUNT"))))
			.isInstanceOfSatisfying(DirectoryNotSharedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("DirectoryNotSharedException"));
		assertThatThrownBy(() -> ownerClient.unshareDirectory((r) -> r.directoryId("d-0000000000")
			.unshareTarget((t) -> t.id(stranger.id()).type("ACCOUNT")))).isInstanceOf(EntityDoesNotExistException.class);
		assertThatThrownBy(() -> directory(stranger).acceptSharedDirectory((r) -> r.sharedDirectoryId("d-0000000000")))
			.isInstanceOf(EntityDoesNotExistException.class);
		assertThatThrownBy(() -> directory(stranger).rejectSharedDirectory((r) -> r.sharedDirectoryId("nope")))
			.isInstanceOf(InvalidParameterException.class);
		assertThatThrownBy(() -> directory(stranger).describeSharedDirectories((r) -> r.ownerDirectoryId(directoryId)))
			.isInstanceOf(EntityDoesNotExistException.class);
		assertThatThrownBy(() -> ownerClient.describeSharedDirectories((r) -> r.ownerDirectoryId(directoryId)
			.sharedDirectoryIds("d-0000000000"))).isInstanceOf(EntityDoesNotExistException.class);

		// Another account cannot accept the consumer's invitation.
		ApiAccount consumer = newApiAccount("Right consumer");
		String sharedDirectoryId = shareByHandshake(ownerClient, directoryId, consumer);
		assertThatThrownBy(() -> directory(stranger).acceptSharedDirectory((r) -> r.sharedDirectoryId(sharedDirectoryId)))
			.isInstanceOf(EntityDoesNotExistException.class);
		assertThatThrownBy(() -> ownerClient.acceptSharedDirectory((r) -> r.sharedDirectoryId(sharedDirectoryId)))
			.isInstanceOf(EntityDoesNotExistException.class);
	}

	@Test
	void organizationsSharesNeedTrustedAccessAndNeedNoAcceptance() {
		ApiAccount management = newApiAccount("Org share management");
		ApiAccount member = newApiAccount("Org share member");
		organization(management, member);
		DirectoryClient ownerClient = directory(management);
		String directoryId = activeDirectory(ownerClient, "Enterprise");

		assertThatThrownBy(() -> ownerClient.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod(ShareMethod.ORGANIZATIONS)
			.shareTarget((t) -> t.id(member.id()).type("ACCOUNT"))))
			.isInstanceOfSatisfying(OrganizationsException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("OrganizationsException"));
		assertThat(ownerClient.describeSharedDirectories((r) -> r.ownerDirectoryId(directoryId)).sharedDirectories())
			.isEmpty();

		organizations(management).enableAWSServiceAccess((r) -> r.servicePrincipal("ds.amazonaws.com"));
		String sharedDirectoryId = ownerClient.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod(ShareMethod.ORGANIZATIONS)
			.shareTarget((t) -> t.id(member.id()).type("ACCOUNT"))).sharedDirectoryId();

		awaitValue(() -> ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus(), ShareStatus.SHARED);
		DirectoryDescription seenByMember = consumerDirectory(directory(member), sharedDirectoryId);
		assertThat(seenByMember.shareStatus()).isEqualTo(ShareStatus.SHARED);
		assertThat(seenByMember.shareMethod()).isEqualTo(ShareMethod.ORGANIZATIONS);
	}

	@Test
	void describeSharedDirectoriesPagesThrough120SharesWithLimit50() {
		ApiAccount owner = newApiAccount("120 shares");
		DirectoryClient ownerClient = directory(owner);
		String directoryId = activeDirectory(ownerClient, "Enterprise");
		Set<String> shared = new HashSet<>();
		for (int i = 0; i < 120; i++) {
			String targetId = bareAccount();
			shared.add(ownerClient.shareDirectory((r) -> r.directoryId(directoryId)
				.shareMethod(ShareMethod.HANDSHAKE)
				.shareTarget((t) -> t.id(targetId).type("ACCOUNT"))).sharedDirectoryId());
		}

		List<Integer> pageSizes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String token = null;
		do {
			String next = token;
			DescribeSharedDirectoriesResponse page = ownerClient
				.describeSharedDirectories((r) -> r.ownerDirectoryId(directoryId).limit(50).nextToken(next));
			pageSizes.add(page.sharedDirectories().size());
			page.sharedDirectories().forEach((share) -> seen.add(share.sharedDirectoryId()));
			token = page.nextToken();
		}
		while (token != null);

		assertThat(pageSizes).containsExactly(50, 50, 20);
		assertThat(seen).isEqualTo(shared);
		assertThat(ownerClient.describeSharedDirectoriesPaginator((r) -> r.ownerDirectoryId(directoryId).limit(50))
			.sharedDirectories()
			.stream()
			.map(SharedDirectory::sharedDirectoryId)
			.distinct()
			.count()).isEqualTo(120);
		assertThatThrownBy(() -> ownerClient
			.describeSharedDirectories((r) -> r.ownerDirectoryId(directoryId).limit(50).nextToken("garbage")))
			.isInstanceOfSatisfying(DirectoryException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidNextTokenException"));
	}

	@Test
	void aShareMadeThroughTheSdkAppearsInThePortalsScaleAndShareTable() throws Exception {
		ApiAccount owner = newApiAccount("Portal owner");
		ApiAccount consumer = newApiAccount("Portal consumer");
		DirectoryClient ownerClient = directory(owner);
		String directoryId = activeDirectory(ownerClient, "Standard");
		String sharedDirectoryId = ownerClient.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod(ShareMethod.HANDSHAKE)
			.shareNotes("Made with the <SDK>")
			.shareTarget((t) -> t.id(consumer.id()).type("ACCOUNT"))).sharedDirectoryId();

		MvcResult signIn = this.mvc.perform(post("/signin").with(csrf())
			.param("account", owner.id())
			.param("username", "admin")
			.param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
		String page = this.mvc
			.perform(get("/directories/" + directoryId).param("tab", "share")
				.session((MockHttpSession) signIn.getRequest().getSession()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("aria-label=\"Shared directories\"")
			.contains(sharedDirectoryId)
			.contains(consumer.id())
			.contains("PendingAcceptance")
			.contains("Made with the &lt;SDK&gt;");
	}

	private String shareByHandshake(DirectoryClient owner, String directoryId, ApiAccount consumer) {
		return owner.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod(ShareMethod.HANDSHAKE)
			.shareTarget((t) -> t.id(consumer.id()).type("ACCOUNT"))).sharedDirectoryId();
	}

	/** Terraform's read of the owner resource: DescribeSharedDirectories(OwnerDirectoryId, [SharedDirectoryId]). */
	private static SharedDirectory ownerShare(DirectoryClient owner, String directoryId, String sharedDirectoryId) {
		return owner.describeSharedDirectories((r) -> r.ownerDirectoryId(directoryId).sharedDirectoryIds(sharedDirectoryId))
			.sharedDirectories()
			.get(0);
	}

	private static DirectoryDescription consumerDirectory(DirectoryClient consumer, String sharedDirectoryId) {
		return consumer.describeDirectories((r) -> r.directoryIds(sharedDirectoryId)).directoryDescriptions().get(0);
	}

	/** A share target needs only an account; no users, so 120 of them are quick to make. */
	private String bareAccount() {
		String id;
		do {
			id = Ids.accountId();
		}
		while (this.accounts.existsById(id));
		this.accounts.save(Account.create(id, "Target " + id, id + "@targets.test.example.com", null, Instant.now()));
		return id;
	}

}
