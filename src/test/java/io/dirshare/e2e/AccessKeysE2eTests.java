package io.dirshare.e2e;

import java.net.URI;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.directory.DirectoryClient;
import software.amazon.awssdk.services.directory.model.DirectoryException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Access keys made and managed on the IAM user page, then used by the AWS SDK against the same server. */
class AccessKeysE2eTests extends BrowserTest {

	@Test
	void theDemoKeysSignApiRequestsWithTheirUsersPermissions() {
		try (OrganizationsClient admin = organizations("AKIADEMO111111111111", "dirshare-demo-secret-111111111111");
				OrganizationsClient auditor = organizations("AKIADEMOAUDITOR00001", "dirshare-demo-secret-auditor")) {
			org.assertj.core.api.Assertions.assertThat(admin.describeOrganization().organization().id())
				.isEqualTo("o-exampleorg1");
			org.assertj.core.api.Assertions.assertThat(auditor.listAWSServiceAccessForOrganization()
				.enabledServicePrincipals()).isNotEmpty();
			assertThatThrownBy(() -> auditor.disableAWSServiceAccess((r) -> r.servicePrincipal("ds.amazonaws.com")))
				.isInstanceOf(AccessDeniedException.class);
		}
		try (DirectoryClient partner = directory("AKIADEMO444444444444", "dirshare-demo-secret-444444444444")) {
			partner.describeDirectories();
		}

		signInAsDemo("111111111111", "admin");
		this.page.navigate(url("/iam/users/admin"));
		Locator keys = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Access keys"));
		assertThat(keys).containsText("AKIADEMO111111111111");
		assertThat(keys).containsText("us-east-1");
		screenshot("access-keys-demo-admin");
	}

	@Test
	void createUseDeactivateAndDeleteAKey() {
		signInAsDemo("444444444444", "admin");
		this.page.navigate(url("/iam/users/admin"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create access key")).click();

		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Retrieve access key")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("This is the only time the secret access key can be viewed.");
		String keyId = this.page.getByTestId("access-key-id").textContent().trim();
		String secret = this.page.getByTestId("secret-access-key").textContent().trim();
		org.assertj.core.api.Assertions.assertThat(keyId).matches("^AKIA[A-Z0-9]{16}$");
		screenshot("access-key-created");

		try (DirectoryClient client = directory(keyId, secret)) {
			client.describeDirectories();
		}
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Done")).click();
		Locator keys = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Access keys"));
		Locator row = keys.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(keyId));
		assertThat(row).containsText("Active");
		assertThat(row).not().containsText("Never");
		assertThat(keys).not().containsText(secret);
		// The user already has the demo key and now this one: IAM's limit of two is reached.
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create access key")))
			.isDisabled();

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate " + keyId)).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Access key " + keyId + " was deactivated.");
		assertThat(keys.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(keyId))).containsText("Inactive");
		screenshot("access-key-deactivated");
		try (DirectoryClient client = directory(keyId, secret)) {
			assertThatThrownBy(client::describeDirectories).isInstanceOfSatisfying(DirectoryException.class,
					(ex) -> org.assertj.core.api.Assertions.assertThat(ex.awsErrorDetails().errorCode())
						.isEqualTo("UnrecognizedClientException"));
		}

		this.page.onceDialog((dialog) -> dialog.accept());
		keys.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(keyId))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete " + keyId))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Access key " + keyId + " was deleted.");
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Access keys")))
			.not()
			.containsText(Pattern.compile("Inactive"));
	}

	private DirectoryClient directory(String keyId, String secret) {
		return DirectoryClient.builder()
			.endpointOverride(URI.create(url("")))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
			.httpClientBuilder(ApacheHttpClient.builder())
			.build();
	}

	private OrganizationsClient organizations(String keyId, String secret) {
		return OrganizationsClient.builder()
			.endpointOverride(URI.create(url("")))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
			.httpClientBuilder(ApacheHttpClient.builder())
			.build();
	}

}
