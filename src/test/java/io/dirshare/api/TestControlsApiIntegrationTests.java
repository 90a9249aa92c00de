package io.dirshare.api;

import java.util.List;

import io.dirshare.test.TestControls;
import io.dirshare.test.TestControls.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.DirectoryStage;
import software.amazon.awssdk.services.directory.model.ShareMethod;
import software.amazon.awssdk.services.directory.model.ShareStatus;
import software.amazon.awssdk.services.directory.model.SharedDirectory;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.dirshare.test.TestControls.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controls for test suites over HTTP with the token, as a CI job drives them, and their effects
 * through the real AWS SDK. Resets empty the database all tests share, which no other class minds:
 * each makes its own accounts.
 */
class TestControlsApiIntegrationTests extends ApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void putTheControlsBack() {
		ok(controls().post("/_dirshare/clock/reset", ""));
		ok(controls().put("/_dirshare/delays", "{\"creating\": \"1s\", \"sharing\": \"1s\", \"rejecting\": \"1s\", \"deleting\": \"1s\"}"));
		ok(controls().put("/_dirshare/failures", "{\"shares\": 0, \"rejections\": 0}"));
	}

	@Test
	void withoutTheTokenOrWithAnotherOneTheControlsRefuse() throws Exception {
		Answer none = controls().send("POST", "/_dirshare/reset");
		assertThat(none.status()).isEqualTo(401);
		assertThat(json(none).path("error").asString()).isEqualTo("MissingToken");
		Answer wrong = controls().send("POST", "/_dirshare/reset", "Authorization", "Bearer not-the-token");
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(json(wrong).path("error").asString()).isEqualTo("WrongToken");
		assertThat(controls().send("GET", "/_dirshare/clock", "X-Dirshare-Test-Token", "wrong").status()).isEqualTo(403);
		assertThat(controls().send("GET", "/_dirshare/clock", "X-Dirshare-Test-Token", TestControls.TOKEN).status())
			.isEqualTo(200);
		// A portal session alone, even with a CSRF token, reaches nothing.
		this.mvc.perform(post("/_dirshare/reset").with(user("admin")).with(csrf())).andExpect(status().isUnauthorized());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single()).isPositive();
	}

	@Test
	void resetToEmptyLeavesNoRowAndResetToDemoLoadsTheDemoData() {
		newApiAccount("Before the reset");
		assertThat(json(ok(controls().post("/_dirshare/reset", ""))).path("reset").asString()).isEqualTo("empty");
		JsonNode empty = json(ok(controls().get("/_dirshare/state"))).path("tables");
		assertThat(empty.propertyNames()).contains("account", "audit_event", "directory", "directory_share",
				"iam_user", "organization", "access_key");
		for (String table : empty.propertyNames()) {
			if (!table.equals("organization_policy")) {
				assertThat(empty.path(table).size()).as(table).isZero();
			}
		}
		// AWS's own FullAWSAccess is reference data, as after the migrations: the SCPs of a new organization need it.
		assertThat(empty.path("organization_policy").size()).isEqualTo(1);
		assertThat(empty.path("organization_policy").get(0).path("id").asString()).isEqualTo("p-FullAWSAccess");

		ok(controls().post("/_dirshare/reset?to=demo", ""));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account WHERE id IN ('111111111111', '222222222222', "
				+ "'333333333333', '444444444444')").query(Long.class).single()).isEqualTo(4);
		assertThat(this.jdbc.sql("SELECT share_status FROM directory_share ORDER BY share_status")
			.query(String.class)
			.list()).containsExactly("PendingAcceptance", "Shared");
		assertThat(controls().post("/_dirshare/reset?to=yesterday", "").status()).isEqualTo(400);

		// The app goes on working on the reset database.
		DirectoryClient owner = directory(newApiAccount("After the reset"));
		assertThat(owner.describeDirectories((r) -> r.directoryIds(activeDirectory(owner, "Standard")))
			.directoryDescriptions()
			.get(0)
			.stage()).isEqualTo(DirectoryStage.ACTIVE);
	}

	@Test
	void anExportImportedAgainExportsTheSameDocument() {
		ApiAccount owner = newApiAccount("Export owner");
		ApiAccount consumer = newApiAccount("Export consumer");
		DirectoryClient ownerClient = directory(owner);
		String directoryId = activeDirectory(ownerClient, "Enterprise");
		String sharedDirectoryId = share(ownerClient, directoryId, consumer, ShareMethod.HANDSHAKE);
		directory(consumer).acceptSharedDirectory((r) -> r.sharedDirectoryId(sharedDirectoryId));

		String exported = ok(controls().get("/_dirshare/state")).body();
		JsonNode document = json(exported);
		assertThat(document.path("schemaVersion").asString()).isNotBlank();
		assertThat(document.path("tables").path("directory_share").size()).isPositive();
		assertThat(document.path("tables").path("audit_event").size()).isPositive();
		JsonNode imported = json(ok(controls().post("/_dirshare/state", exported))).path("imported");
		assertThat(imported.path("directory_share").asInt()).isEqualTo(document.path("tables").path("directory_share").size());
		assertThat(ok(controls().get("/_dirshare/state")).body()).isEqualTo(exported);

		// The imported state is live: the share settles, the keys sign, new rows get new IDs.
		controls().settle();
		assertThat(ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus()).isEqualTo(ShareStatus.SHARED);
		share(ownerClient, directoryId, newApiAccount("After the import"), ShareMethod.HANDSHAKE);
	}

	@Test
	void aDocumentThatDoesNotFitChangesNothing() {
		ApiAccount owner = newApiAccount("Broken import owner");
		activeDirectory(directory(owner), "Standard");
		String before = ok(controls().get("/_dirshare/state")).body();

		ObjectNode unknownTable = (ObjectNode) json(before);
		((ObjectNode) unknownTable.path("tables")).putArray("no_such_table");
		assertRefused(unknownTable, "InvalidDocument", "no_such_table");

		ObjectNode badTimestamp = (ObjectNode) json(before);
		((ObjectNode) badTimestamp.path("tables").path("account").get(0)).put("created_at", "yesterday");
		assertRefused(badTimestamp, "InvalidDocument", "created_at");

		ObjectNode orphan = (ObjectNode) json(before);
		ArrayNode regions = (ArrayNode) orphan.path("tables").path("directory_region");
		((ObjectNode) regions.get(0)).put("directory_id", "d-0000000000");
		assertRefused(orphan, "ImportRefused", "nothing was changed");

		ObjectNode otherSchema = (ObjectNode) json(before);
		otherSchema.put("schemaVersion", "0");
		assertRefused(otherSchema, "InvalidDocument", "schema version");

		Answer notJson = controls().post("/_dirshare/state", "{\"tables\": ");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(ok(controls().get("/_dirshare/state")).body()).isEqualTo(before);
	}

	@Test
	void settleNowEndsCreatingAndSharingWhateverTheirDelay() {
		ok(controls().put("/_dirshare/delays", "{\"creating\": \"1h\", \"sharing\": \"PT1H\"}"));
		assertThat(json(ok(controls().get("/_dirshare/delays"))).path("sharing").asString()).isEqualTo("PT1H");
		ApiAccount management = newApiAccount("Settle management");
		ApiAccount member = newApiAccount("Settle member");
		organization(management, member);
		organizations(management).enableAWSServiceAccess((r) -> r.servicePrincipal("ds.amazonaws.com"));
		DirectoryClient ownerClient = directory(management);
		String directoryId = ownerClient.createMicrosoftAD((r) -> r.name("settle.example.com")
			.password(ADMIN_PASSWORD)
			.edition("Standard")
			.vpcSettings(ApiIntegrationTest::vpc)).directoryId();
		assertThat(stage(ownerClient, directoryId)).isEqualTo(DirectoryStage.CREATING);

		JsonNode settled = json(ok(controls().post("/_dirshare/settle", ""))).path("settled");
		assertThat(settled.path("directories").asInt()).isPositive();
		assertThat(stage(ownerClient, directoryId)).isEqualTo(DirectoryStage.ACTIVE);

		String sharedDirectoryId = share(ownerClient, directoryId, member, ShareMethod.ORGANIZATIONS);
		assertThat(ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus()).isEqualTo(ShareStatus.SHARING);
		controls().settle();
		assertThat(ownerShare(ownerClient, directoryId, sharedDirectoryId).shareStatus()).isEqualTo(ShareStatus.SHARED);
		assertThat(controls().put("/_dirshare/delays", "{\"sharing\": \"soon\"}").status()).isEqualTo(400);
	}

	@Test
	void movingTheClockForwardExpiresAHandshakeAndTheApiStillAcceptsSignatures() {
		ApiAccount management = newApiAccount("Clock management");
		ApiAccount invited = newApiAccount("Clock invited");
		organization(management);
		OrganizationsClient organizations = organizations(management);
		String handshakeId = organizations
			.inviteAccountToOrganization((r) -> r.target((t) -> t.type("ACCOUNT").id(invited.id())))
			.handshake()
			.id();
		String before = json(ok(controls().get("/_dirshare/clock"))).path("now").asString();

		JsonNode clock = json(ok(controls().post("/_dirshare/clock/advance", "{\"by\": \"15d\"}")));
		assertThat(clock.path("offset").asString()).isEqualTo("PT360H");
		assertThat(clock.path("now").asString()).isGreaterThan(before);
		assertThat(organizations.describeHandshake((r) -> r.handshakeId(handshakeId)).handshake().state())
			.isEqualTo(HandshakeState.EXPIRED);

		assertThat(json(ok(controls().post("/_dirshare/clock/reset", ""))).path("offset").asString()).isEqualTo("PT0S");
		assertThat(controls().post("/_dirshare/clock/advance", "{\"by\": \"-1d\"}").status()).isEqualTo(400);
	}

	@Test
	void injectedFailuresEndSharesInShareFailedAndRejectionsInRejectFailed() {
		ok(controls().put("/_dirshare/delays", "{\"sharing\": \"1h\", \"rejecting\": \"1h\"}"));
		JsonNode failures = json(ok(controls().put("/_dirshare/failures", "{\"shares\": 1, \"rejections\": \"all\"}")));
		assertThat(failures.path("shares").asInt()).isEqualTo(1);
		assertThat(failures.path("rejections").asString()).isEqualTo("all");
		ApiAccount management = newApiAccount("Failing management");
		ApiAccount first = newApiAccount("Failing member");
		ApiAccount second = newApiAccount("Succeeding member");
		ApiAccount invited = newApiAccount("Failing rejecter");
		organization(management, first, second);
		organizations(management).enableAWSServiceAccess((r) -> r.servicePrincipal("ds.amazonaws.com"));
		DirectoryClient ownerClient = directory(management);
		String directoryId = activeDirectory(ownerClient, "Enterprise");

		String failing = share(ownerClient, directoryId, first, ShareMethod.ORGANIZATIONS);
		controls().settle();
		String succeeding = share(ownerClient, directoryId, second, ShareMethod.ORGANIZATIONS);
		String rejected = share(ownerClient, directoryId, invited, ShareMethod.HANDSHAKE);
		DirectoryClient invitedClient = directory(invited);
		invitedClient.rejectSharedDirectory((r) -> r.sharedDirectoryId(rejected));
		controls().settle();

		assertThat(ownerShare(ownerClient, directoryId, failing).shareStatus()).isEqualTo(ShareStatus.SHARE_FAILED);
		assertThat(ownerShare(ownerClient, directoryId, succeeding).shareStatus()).isEqualTo(ShareStatus.SHARED);
		assertThat(ownerShare(ownerClient, directoryId, rejected).shareStatus()).isEqualTo(ShareStatus.REJECT_FAILED);
		assertThat(json(ok(controls().get("/_dirshare/failures"))).path("shares").asInt()).isZero();

		// Once the failures are off, rejecting again succeeds.
		ok(controls().put("/_dirshare/failures", "{\"rejections\": 0}"));
		invitedClient.rejectSharedDirectory((r) -> r.sharedDirectoryId(rejected));
		controls().settle();
		assertThat(ownerShare(ownerClient, directoryId, rejected).shareStatus()).isEqualTo(ShareStatus.REJECTED);
	}

	private String share(DirectoryClient ownerClient, String directoryId, ApiAccount target, ShareMethod method) {
		return ownerClient.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod(method)
			.shareTarget((t) -> t.id(target.id()).type("ACCOUNT"))).sharedDirectoryId();
	}

	private static SharedDirectory ownerShare(DirectoryClient owner, String directoryId, String sharedDirectoryId) {
		List<SharedDirectory> shares = owner.describeSharedDirectories((r) -> r.ownerDirectoryId(directoryId)
			.sharedDirectoryIds(sharedDirectoryId)).sharedDirectories();
		assertThat(shares).hasSize(1);
		return shares.get(0);
	}

	private static DirectoryStage stage(DirectoryClient owner, String directoryId) {
		return owner.describeDirectories((r) -> r.directoryIds(directoryId)).directoryDescriptions().get(0).stage();
	}

	private void assertRefused(JsonNode document, String error, String mentioning) {
		Answer answer = controls().post("/_dirshare/state", document.toString());
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		JsonNode refusal = json(answer);
		assertThat(refusal.path("error").asString()).isEqualTo(error);
		assertThat(refusal.path("message").asString()).contains(mentioning);
	}

	private static JsonNode json(Answer answer) {
		return json(answer.body());
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

}
