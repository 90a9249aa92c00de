package io.dirshare.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.dirshare.identity.PermissionSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * STS GetCallerIdentity through the real SDK's StsClient, which speaks the AWS query protocol
 * (form-encoded POST, XML answer), as Terraform's AWS provider does when it asks for its account.
 */
class StsApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void getCallerIdentityNamesTheKeysUserAndAccount() {
		ApiAccount account = newApiAccount("STS caller");
		ApiAccount reader = userWithKey(account, "reader", PermissionSet.ReadOnlyAccess);

		GetCallerIdentityResponse admin = sts(account.accessKeyId(), account.secretAccessKey()).getCallerIdentity();
		GetCallerIdentityResponse read = sts(reader.accessKeyId(), reader.secretAccessKey()).getCallerIdentity();

		assertThat(admin.account()).isEqualTo(account.id());
		assertThat(admin.arn()).isEqualTo("arn:aws:iam::" + account.id() + ":user/admin");
		assertThat(admin.userId()).matches("^AIDA[A-Z2-7]{17}$");
		assertThat(read.arn()).isEqualTo("arn:aws:iam::" + account.id() + ":user/reader");
		assertThat(read.userId()).isNotEqualTo(admin.userId());
		assertThat(sts(account.accessKeyId(), account.secretAccessKey()).getCallerIdentity().userId())
			.isEqualTo(admin.userId());
	}

	@Test
	void refusalsAreQueryProtocolErrors() {
		ApiAccount account = newApiAccount("STS refused");

		assertThatThrownBy(() -> sts(account.accessKeyId(), account.secretAccessKey() + "x").getCallerIdentity())
			.isInstanceOfSatisfying(StsException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
				assertThat(ex.statusCode()).isEqualTo(400);
			});
	}

	@Test
	void anUnsignedFormPostIsLeftToThePortal() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(endpoint().resolve("/"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("Action=GetCallerIdentity&Version=2011-06-15"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("GetCallerIdentityResult");
	}

	private StsClient sts(String accessKeyId, String secretAccessKey) {
		return StsClient.builder()
			.endpointOverride(URI.create("http://localhost:" + this.port))
			.region(Region.US_EAST_1)
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
			.httpClientBuilder(ApacheHttpClient.builder())
			.build();
	}

}
