package io.dirshare.api;

import java.util.List;
import java.util.Map;

import io.dirshare.core.policy.NamedPolicy;
import io.dirshare.core.policy.PolicyDocument;
import io.dirshare.core.policy.ScpLevel;
import io.dirshare.identity.PermissionSet;
import io.dirshare.test.PoliciesForTests;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.AccessDeniedException;
import software.amazon.awssdk.services.directory.model.ShareDirectoryResponse;
import software.amazon.awssdk.services.directory.model.ShareMethod;
import software.amazon.awssdk.services.directory.model.ShareTarget;
import software.amazon.awssdk.services.directory.model.Tag;
import software.amazon.awssdk.services.directory.model.TargetType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Policies decide API requests as AWS decides them: a directory's tags in a condition, and an SCP over
 * a member account, refused with AWS's AccessDenied wording and recorded with the deciding policy.
 */
@Import(PoliciesForTests.class)
class PolicyEvaluationApiIntegrationTests extends ApiIntegrationTest {

	static final String LAB_SHARING = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {"Sid": "ReadDirectories", "Effect": "Allow", "Action": ["ds:Describe*", "ds:List*"], "Resource": "*"},
			    {
			      "Sid": "ShareLabDirectories",
			      "Effect": "Allow",
			      "Action": "ds:ShareDirectory",
			      "Resource": "arn:aws:ds:*:*:directory/*",
			      "Condition": {"StringEquals": {"aws:ResourceTag/env": "lab"}}
			    }
			  ]
			}""";

	@Autowired
	PoliciesForTests policies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUserAllowedToShareLabDirectoriesSharesOneAndIsRefusedAnother() {
		ApiAccount owner = newApiAccount("Lab owner");
		ApiAccount consumer = newApiAccount("Lab consumer");
		DirectoryClient admin = directory(owner);
		String lab = activeDirectory(admin, "Standard");
		String prod = activeDirectory(admin, "Standard");
		admin.addTagsToResource((r) -> r.resourceId(lab).tags(Tag.builder().key("env").value("lab").build()));
		admin.addTagsToResource((r) -> r.resourceId(prod).tags(Tag.builder().key("env").value("prod").build()));
		ApiAccount diradmin = userWithKey(owner, "diradmin", PermissionSet.ReadOnlyAccess);
		this.policies.give(owner.id(), "diradmin", PoliciesForTests.customerManaged(owner.id(), "LabSharing", LAB_SHARING));
		DirectoryClient labSharer = directory(diradmin);

		String sharedId = share(labSharer, lab, consumer).sharedDirectoryId();
		assertThat(sharedId).startsWith("d-");
		assertThatThrownBy(() -> share(labSharer, prod, consumer))
			.isInstanceOfSatisfying(AccessDeniedException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("User: arn:aws:iam::" + owner.id() + ":user/diradmin is not authorized to perform:"
						+ " ds:ShareDirectory on resource: arn:aws:ds:us-east-1:" + owner.id() + ":directory/" + prod
						+ " because no identity-based policy allows the ds:ShareDirectory action"));

		List<Map<String, Object>> events = this.jdbc.sql("""
				SELECT outcome, deciding_policy, error_message FROM audit_event
				WHERE account_id = :id AND event_name = 'ds:ShareDirectory' AND principal_arn LIKE '%:user/diradmin'
				ORDER BY id""").param("id", owner.id()).query().listOfRows();
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).containsEntry("outcome", "Success")
			.containsEntry("deciding_policy", "Allowed by LabSharing (arn:aws:iam::" + owner.id()
					+ ":policy/LabSharing), ShareLabDirectories");
		assertThat(events.get(1)).containsEntry("outcome", "Failure")
			.containsEntry("deciding_policy", "Implicitly denied: no identity-based policy allows ds:ShareDirectory");
		assertThat((String) events.get(1).get("error_message")).contains("directory/" + prod);
	}

	@Test
	void anScpThatDeniesAcceptingRefusesEvenTheMemberAccountsAdministrator() {
		ApiAccount management = newApiAccount("SCP management");
		ApiAccount member = newApiAccount("SCP member");
		organization(management, member);
		String directoryId = activeDirectory(directory(management), "Standard");
		String sharedId = share(directory(management), directoryId, member).sharedDirectoryId();
		NamedPolicy fullAccess = scp("FullAWSAccess", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""");
		NamedPolicy noAccepting = scp("NoAcceptingDirectories", """
				{"Version": "2012-10-17", "Statement": [
				  {"Sid": "DenyAccept", "Effect": "Deny", "Action": "ds:AcceptSharedDirectory", "Resource": "*"}]}""");
		this.policies.cap(member.id(), new ScpLevel("r-test", "Root", List.of(fullAccess, noAccepting)),
				new ScpLevel(member.id(), "SCP member", List.of(fullAccess)));

		assertThatThrownBy(() -> directory(member).acceptSharedDirectory((r) -> r.sharedDirectoryId(sharedId)))
			.isInstanceOfSatisfying(AccessDeniedException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("User: arn:aws:iam::" + member.id() + ":user/admin is not authorized to perform:"
						+ " ds:AcceptSharedDirectory on resource: arn:aws:ds:us-east-1:" + member.id() + ":directory/"
						+ sharedId + " with an explicit deny in a service control policy"));
		assertThat(directory(member).describeDirectories().directoryDescriptions()).isNotEmpty();

		this.policies.cap(member.id(), new ScpLevel("r-test", "Root", List.of(fullAccess)),
				new ScpLevel(member.id(), "SCP member", List.of(fullAccess)));
		assertThat(directory(member).acceptSharedDirectory((r) -> r.sharedDirectoryId(sharedId)).sharedDirectory()
			.sharedDirectoryId()).isEqualTo(sharedId);
	}

	private NamedPolicy scp(String name, String json) {
		return new NamedPolicy(name, "arn:aws:organizations::aws:policy/service_control_policy/p-" + name, "v1",
				PolicyDocument.parse(json));
	}

	private static ShareDirectoryResponse share(DirectoryClient client, String directoryId, ApiAccount target) {
		return client.shareDirectory((r) -> r.directoryId(directoryId)
			.shareMethod(ShareMethod.HANDSHAKE)
			.shareTarget(ShareTarget.builder().id(target.id()).type(TargetType.ACCOUNT).build()));
	}

}
