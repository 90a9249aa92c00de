package io.dirshare.api;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.Ids;
import io.dirshare.directories.DirectoryDescription;
import io.dirshare.directories.DirectoryService;
import io.dirshare.identity.AccessKeyService;
import io.dirshare.identity.Account;
import io.dirshare.identity.PermissionSet;
import io.dirshare.organizations.FeatureSet;
import io.dirshare.organizations.OrganizationService;
import io.dirshare.organizations.ServiceControlPolicy;
import io.dirshare.organizations.ServiceControlPolicyService;
import io.dirshare.organizations.TrustedAccess;
import io.dirshare.organizations.TrustedAccessService;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Real infrastructure code runs unchanged: Terraform 1.x with the hashicorp/aws provider applies each
 * module against dirshare on a random port (its own in-memory database with the demo data and keys),
 * plans again and must find no change ({@code -detailed-exitcode} 0), then destroys. The README's
 * example module is one of them. The modules run at the same time, because the provider waits a fixed
 * minute when it destroys a directory or a shared directory's acceptance. Skipped, saying why, where
 * Terraform or the provider mirror is missing. Not an {@code *IntegrationTests} class: it runs once, on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:terraform-${random.uuid};MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
				"dirshare.demo-data=true", "dirshare.directories.creation-delay=1s", "dirshare.sharing.settle-delay=1s",
				"dirshare.jobs.poll-interval-ms=200", "dirshare.organizations.create-account-delay=1s" })
@ActiveProfiles("test")
@Import(TestAccounts.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerraformTests {

	static final Path EXAMPLE = Paths.get("examples", "terraform");

	static final Path MODULES = Paths.get("src", "test", "resources", "terraform");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccessKeyService accessKeys;

	@Autowired
	DirectoryService directories;

	@Autowired
	OrganizationService organizations;

	@Autowired
	TrustedAccessService trustedAccess;

	@Autowired
	ServiceControlPolicyService policies;

	/**
	 * A module, its variables, what must hold after apply (given {@code terraform output -json}) and
	 * what must hold once it is destroyed.
	 */
	record Module(String name, Path source, Map<String, String> variables, Consumer<JsonNode> afterApply,
			Consumer<JsonNode> afterDestroy) {
	}

	@Test
	void everyModuleAppliesPlansNoChangeAndDestroys() throws Exception {
		assumeThat(Terraform.unavailableBecause()).as("Terraform tests skipped: %s",
				Terraform.unavailableBecause().orElse("")).isEmpty();
		String only = System.getProperty("terraform.modules", "");
		List<Module> modules = List.of(example(), enterprise(), organization(), importedOrganization(),
				serviceControlPolicy())
			.stream()
			.filter((module) -> only.isBlank() || List.of(only.split(",")).contains(module.name()))
			.toList();
		ExecutorService pool = Executors.newFixedThreadPool(modules.size());
		try {
			List<Future<String>> runs = modules.stream().map((module) -> pool.submit(() -> run(module))).toList();
			List<String> failures = new ArrayList<>();
			for (Future<String> run : runs) {
				String failure = run.get();
				if (failure != null) {
					failures.add(failure);
				}
			}
			assertThat(failures).as("Terraform modules that failed").isEmpty();
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** @return why the module failed, or null */
	private String run(Module module) {
		Terraform terraform = Terraform.copyOf(module.source(), module.name(), module.variables());
		long started = System.nanoTime();
		JsonNode outputs = null;
		String failure = null;
		try {
			failure = expect(module, terraform.init(), 0, "init");
			if (failure == null) {
				Terraform.Result apply = terraform.apply();
				failure = expect(module, apply, 0, "apply");
				outputs = ApiJson.MAPPER.readTree(terraform.outputJson().output());
			}
			if (failure == null) {
				failure = expect(module, terraform.planDetailedExitCode(), 0, "plan after apply (2 means changes)");
			}
			if (failure == null) {
				module.afterApply().accept(outputs);
			}
		}
		catch (AssertionError | RuntimeException ex) {
			failure = module.name() + ": " + ex.getMessage();
		}
		finally {
			String destroyFailure = expect(module, terraform.destroy(), 0, "destroy");
			if (destroyFailure == null && failure == null) {
				try {
					module.afterDestroy().accept(outputs);
				}
				catch (AssertionError | RuntimeException ex) {
					failure = module.name() + " after destroy: " + ex.getMessage();
				}
			}
			failure = (failure != null) ? failure : destroyFailure;
		}
		System.out.printf("Terraform module %s: %s in %d s (log: %s)%n", module.name(),
				(failure == null) ? "applied, planned no change, destroyed" : "FAILED",
				Duration.ofNanos(System.nanoTime() - started).toSeconds(), terraform.log());
		return failure;
	}

	private static String expect(Module module, Terraform.Result result, int exitCode, String step) {
		if (result.exitCode() == exitCode) {
			return null;
		}
		return module.name() + ": terraform " + step + " exited " + result.exitCode() + "\n" + result.tail();
	}

	// ------------------------------------------------------------------ modules

	/** The README's example: a directory with its data source, shared by invitation (accepted) and in the organization. */
	private Module example() {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("endpoint", endpoint());
		return new Module("example", EXAMPLE, variables, (outputs) -> {
			assertThat(text(outputs, "owner_account_id")).isEqualTo("111111111111");
			assertThat(text(outputs, "security_group_id")).matches("^sg-[0-9a-f]{17}$");
			assertThat(outputs.path("dns_ip_addresses").path("value").size()).isEqualTo(2);
			DirectoryDescription partner = describe(caller("444444444444"), text(outputs, "partner_shared_directory_id"));
			assertThat(partner.shareStatus()).isEqualTo("Shared");
			assertThat(partner.ownerDirectoryId()).isEqualTo(text(outputs, "directory_id"));
			DirectoryDescription member = describe(caller("222222222222"), text(outputs, "member_shared_directory_id"));
			assertThat(member.shareMethod()).isEqualTo("ORGANIZATIONS");
		}, (outputs) -> assertGone(caller("111111111111"), text(outputs, "directory_id")));
	}

	/** Enterprise edition, alias, single sign-on, domain controllers, a second Region with tags. */
	private Module enterprise() {
		String alias = "tf-" + Ids.random("abcdefghijklmnopqrstuvwxyz0123456789", 12);
		Map<String, String> variables = keyVariables(newAccountWithKey("Terraform enterprise"));
		variables.put("alias", alias);
		Caller owner = caller(variables.get("account_id"));
		variables.remove("account_id");
		return new Module("enterprise", MODULES.resolve("enterprise"), variables, (outputs) -> {
			assertThat(text(outputs, "access_url")).isEqualTo(alias + ".awsapps.com");
			DirectoryDescription described = describe(owner, text(outputs, "directory_id"));
			assertThat(described.details().ssoEnabled()).isTrue();
			assertThat(described.details().desiredDomainControllers()).isEqualTo(3);
			assertThat(described.details().additionalRegions()).containsExactly(AwsRegion.US_WEST_2);
		}, (outputs) -> assertGone(owner, text(outputs, "directory_id")));
	}

	/** A new organization with trusted access and policy types, an account in it, the data source. */
	private Module organization() {
		Map<String, String> variables = keyVariables(newAccountWithKey("Terraform organization"));
		Caller management = caller(variables.remove("account_id"));
		variables.put("account_email", "workloads-" + Ids.random("abcdefghijklmnopqrstuvwxyz", 10) + "@example.com");
		return new Module("organization", MODULES.resolve("organization"), variables, (outputs) -> {
			assertThat(text(outputs, "root_id")).isEqualTo("r-" + text(outputs, "organization_id").substring(2));
			assertThat(outputs.path("data_source_accounts").path("value").toString())
				.contains(management.accountId(), text(outputs, "account_id"));
			assertThat(outputs.path("data_source_service_principals").path("value").toString())
				.isEqualTo("[\"ds.amazonaws.com\",\"sso.amazonaws.com\"]");
		}, (outputs) -> assertThatThrownBy(() -> this.organizations.describeOrganization(management))
			.isInstanceOfSatisfying(AwsException.class,
					(ex) -> assertThat(ex.errorCode()).isEqualTo("AWSOrganizationsNotInUseException")));
	}

	/** An organization made outside Terraform, imported with an import block. */
	private Module importedOrganization() {
		Map<String, String> variables = keyVariables(newAccountWithKey("Terraform import"));
		Caller management = caller(variables.remove("account_id"));
		String organizationId = this.organizations.createOrganization(management, FeatureSet.ALL).organization().id();
		this.trustedAccess.enableTrustedAccess(management, TrustedAccess.DIRECTORY_SERVICE);
		variables.put("organization_id", organizationId);
		return new Module("imported-organization", MODULES.resolve("imported-organization"), variables,
				(outputs) -> assertThat(text(outputs, "master_account_id")).isEqualTo(management.accountId()),
				(outputs) -> assertThatThrownBy(() -> this.organizations.describeOrganization(management))
					.isInstanceOf(AwsException.class));
	}

	/** An organization with SCPs enabled, an SCP attached to a member account beside FullAWSAccess. */
	private Module serviceControlPolicy() {
		Map<String, String> variables = keyVariables(newAccountWithKey("Terraform SCP"));
		Caller management = caller(variables.remove("account_id"));
		variables.put("account_email", "scp-" + Ids.random("abcdefghijklmnopqrstuvwxyz", 10) + "@example.com");
		return new Module("service-control-policy", MODULES.resolve("service-control-policy"), variables, (outputs) -> {
			String policyId = text(outputs, "policy_id");
			assertThat(policyId).matches("^p-[0-9a-z]{10}$");
			assertThat(text(outputs, "policy_arn")).isEqualTo("arn:aws:organizations::" + management.accountId()
					+ ":policy/" + text(outputs, "organization_id") + "/service_control_policy/" + policyId);
			assertThat(this.policies.listPoliciesForTarget(management, text(outputs, "account_id")))
				.extracting(ServiceControlPolicy::id)
				.containsExactly(ServiceControlPolicy.FULL_AWS_ACCESS_ID, policyId);
		}, (outputs) -> assertThatThrownBy(() -> this.organizations.describeOrganization(management))
			.isInstanceOf(AwsException.class));
	}

	// ------------------------------------------------------------------ helpers

	private String endpoint() {
		return "http://localhost:" + this.port;
	}

	/** A new standalone account whose admin has an access key, as module variables (and its ID). */
	private Map<String, String> newAccountWithKey(String name) {
		Account account = this.accounts.newAccount(name);
		AccessKeyService.NewAccessKey key = this.accessKeys.create(this.accounts.admin(account), "admin");
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("account_id", account.id());
		variables.put("access_key", key.key().accessKeyId());
		variables.put("secret_key", key.secretAccessKey());
		return variables;
	}

	private Map<String, String> keyVariables(Map<String, String> account) {
		Map<String, String> variables = new LinkedHashMap<>(account);
		variables.put("endpoint", endpoint());
		return variables;
	}

	private Caller caller(String accountId) {
		return this.accounts.caller(accountId, "admin", PermissionSet.AdministratorAccess, AwsRegion.US_EAST_1);
	}

	private DirectoryDescription describe(Caller caller, String directoryId) {
		return this.directories.describeDirectories(caller, List.of(directoryId), 0, 1).items().get(0);
	}

	private void assertGone(Caller caller, String directoryId) {
		assertThatThrownBy(() -> describe(caller, directoryId)).isInstanceOfSatisfying(AwsException.class,
				(ex) -> assertThat(ex.errorCode()).isEqualTo("EntityDoesNotExistException"));
	}

	private static String text(JsonNode outputs, String name) {
		return outputs.path(name).path("value").asString();
	}

}
