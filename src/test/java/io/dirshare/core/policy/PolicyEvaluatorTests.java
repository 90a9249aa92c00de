package io.dirshare.core.policy;

import java.util.List;
import java.util.Map;

import io.dirshare.core.policy.Decision.Outcome;
import io.dirshare.core.policy.Decision.PolicyType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation logic as AWS documents it, case by case, mostly after the examples of the IAM User
 * Guide ("Policy evaluation logic", "Example IAM identity-based policies") and the Organizations
 * guide's SCP examples.
 */
class PolicyEvaluatorTests {

	static final String ACCOUNT = "111122223333";

	static final String USER = "arn:aws:iam::111122223333:user/diradmin";

	static final String LAB_DIRECTORY = "d-1234567890";

	static final NamedPolicy ADMINISTRATOR = AwsManagedPolicies.get(AwsManagedPolicies.ADMINISTRATOR_ACCESS);

	static final NamedPolicy FULL_AWS_ACCESS = policy("FullAWSAccess", """
			{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""");

	@Test
	void anExplicitDenyWinsOverAnAllow() {
		NamedPolicy denySharing = policy("DenySharing", """
				{
				  "Version": "2012-10-17",
				  "Statement": {"Sid": "NoSharing", "Effect": "Deny", "Action": "ds:ShareDirectory", "Resource": "*"}
				}""");
		Decision decision = evaluate(List.of(ADMINISTRATOR, denySharing), List.of(), share(directory("lab")));
		assertThat(decision.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
		assertThat(decision.decidedBy()).isEqualTo(PolicyType.IDENTITY_BASED);
		assertThat(decision.statement()).get().extracting(Decision.MatchedStatement::label).isEqualTo("NoSharing");
		assertThat(decision.message()).isEqualTo("User: " + USER + " is not authorized to perform: ds:ShareDirectory"
				+ " on resource: arn:aws:ds:us-east-1:111122223333:directory/d-1234567890"
				+ " with an explicit deny in an identity-based policy");
	}

	@Test
	void withoutAnAllowTheRequestIsImplicitlyDenied() {
		Decision decision = evaluate(List.of(AwsManagedPolicies.get(AwsManagedPolicies.READ_ONLY_ACCESS)), List.of(),
				share(directory("lab")));
		assertThat(decision.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(decision.statement()).isEmpty();
		assertThat(decision.message()).isEqualTo("User: " + USER + " is not authorized to perform: ds:ShareDirectory"
				+ " on resource: arn:aws:ds:us-east-1:111122223333:directory/d-1234567890"
				+ " because no identity-based policy allows the ds:ShareDirectory action");
	}

	@Test
	void anUnscopedActionIsNamedWithoutAResource() {
		Decision decision = evaluate(List.of(), List.of(), request("iam:CreateUser", ResourceRef.ANY));
		assertThat(decision.message()).isEqualTo("User: " + USER + " is not authorized to perform: iam:CreateUser"
				+ " because no identity-based policy allows the iam:CreateUser action");
	}

	@Test
	void notActionWithAllowAllowsEverythingElse() {
		NamedPolicy allButIam = policy("AllButIam", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}]}""");
		assertThat(outcome(List.of(allButIam), share(directory("lab")))).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(allButIam), request("iam:CreateUser", ResourceRef.ANY)))
			.isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void notResourceCoversEveryOtherResource() {
		NamedPolicy allButOne = policy("AllButOne", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ds:*",
				  "NotResource": "arn:aws:ds:*:*:directory/d-9999999999"}]}""");
		assertThat(outcome(List.of(allButOne), share(directory("lab")))).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(allButOne), share(ResourceRef.directory("us-east-1", ACCOUNT, "d-9999999999",
				Map.of())))).isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void actionsMatchWildcardsAndIgnoreCase() {
		NamedPolicy patterns = policy("Patterns", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
				  "Action": ["ds:Describe*", "DS:?NSHAREDIRECTORY"], "Resource": "*"}]}""");
		assertThat(outcome(List.of(patterns), request("ds:DescribeDirectories", ResourceRef.ANY)))
			.isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(patterns), request("ds:UnshareDirectory", directory("lab"))))
			.isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(patterns), request("ds:DeleteDirectory", directory("lab"))))
			.isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(outcome(List.of(patterns), request("ds:ShareDirectory", directory("lab"))))
			.isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void resourceArnsMatchWildcardsPartByPartAndCaseSensitively() {
		NamedPolicy ownAccountOnly = policy("OwnDirectories", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ds:ShareDirectory",
				  "Resource": "arn:aws:ds:*:111122223333:directory/d-12345?789*"}]}""");
		assertThat(outcome(List.of(ownAccountOnly), share(directory("lab")))).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(ownAccountOnly),
				share(ResourceRef.directory("eu-west-1", ACCOUNT, "d-1234567890", Map.of()))))
			.isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(ownAccountOnly),
				share(ResourceRef.directory("us-east-1", "444455556666", "d-1234567890", Map.of()))))
			.isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(outcome(List.of(ownAccountOnly),
				share(ResourceRef.directory("us-east-1", ACCOUNT, "D-1234567890", Map.of()))))
			.isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(outcome(List.of(ownAccountOnly), share(ResourceRef.ANY))).isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void stringEqualsOnAResourceTagAllowsOnlyTaggedResources() {
		NamedPolicy labOnly = labOnly("StringEquals", "lab");
		assertThat(outcome(List.of(labOnly), share(directory("lab")))).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(labOnly), share(directory("prod")))).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(outcome(List.of(labOnly), share(untagged()))).isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void tagKeysAreCaseInsensitiveButValuesAreNot() {
		NamedPolicy labOnly = policy("LabOnly", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ds:ShareDirectory",
				  "Resource": "*", "Condition": {"StringEquals": {"aws:resourcetag/ENV": "lab"}}}]}""");
		assertThat(outcome(List.of(labOnly), share(directory("lab")))).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(labOnly), share(directory("Lab")))).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(outcome(List.of(labOnly("StringEqualsIgnoreCase", "LAB")), share(directory("Lab"))))
			.isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void stringLikeMatchesWildcards() {
		NamedPolicy labs = labOnly("StringLike", "la?-*");
		assertThat(outcome(List.of(labs), share(directory("lab-east")))).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(labs), share(directory("lab")))).isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void stringNotEqualsHoldsWhenTheKeyIsMissing() {
		NamedPolicy notProd = labOnly("StringNotEquals", "prod");
		assertThat(outcome(List.of(notProd), share(directory("lab")))).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(notProd), share(directory("prod")))).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(outcome(List.of(notProd), share(untagged()))).isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void ifExistsHoldsWhenTheKeyIsMissingAndNullTestsPresence() {
		assertThat(outcome(List.of(labOnly("StringEqualsIfExists", "lab")), share(untagged())))
			.isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(labOnly("StringEqualsIfExists", "lab")), share(directory("prod"))))
			.isEqualTo(Outcome.IMPLICIT_DENY);
		NamedPolicy denyUntagged = policy("DenyUntagged", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ds:*", "Resource": "*",
				  "Condition": {"Null": {"aws:ResourceTag/env": "true"}}}]}""");
		assertThat(outcome(List.of(ADMINISTRATOR, denyUntagged), share(untagged())))
			.isEqualTo(Outcome.EXPLICIT_DENY);
		assertThat(outcome(List.of(ADMINISTRATOR, denyUntagged), share(directory("lab"))))
			.isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void valuesOfOneKeyAreAlternativesAndKeysMustAllHold() {
		NamedPolicy labInTwoRegions = policy("LabInTwoRegions", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ds:ShareDirectory",
				  "Resource": "*", "Condition": {
				    "StringEquals": {"aws:ResourceTag/env": ["lab", "test"], "aws:RequestedRegion": ["us-east-1", "eu-west-1"]},
				    "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:user/dir*"}}}]}""");
		assertThat(outcome(List.of(labInTwoRegions), share(directory("test")))).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(labInTwoRegions), share(directory("prod")))).isEqualTo(Outcome.IMPLICIT_DENY);
		AuthorizationRequest elsewhere = AuthorizationRequest.of(ACCOUNT, USER, "ds:ShareDirectory", directory("lab"),
				"ap-south-1", Map.of());
		assertThat(evaluate(List.of(labInTwoRegions), List.of(), elsewhere).outcome())
			.isEqualTo(Outcome.IMPLICIT_DENY);
		AuthorizationRequest someoneElse = AuthorizationRequest.of(ACCOUNT, "arn:aws:iam::111122223333:user/admin",
				"ds:ShareDirectory", directory("lab"), "us-east-1", Map.of());
		assertThat(evaluate(List.of(labInTwoRegions), List.of(), someoneElse).outcome())
			.isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void aRegionDenyWithStringNotEqualsRefusesOtherRegions() {
		NamedPolicy onlyTwoRegions = policy("DenyOtherRegions", """
				{"Version": "2012-10-17", "Statement": [{"Sid": "DenyAllOutsideRequestedRegions", "Effect": "Deny",
				  "NotAction": ["iam:*", "organizations:*", "sts:*"], "Resource": "*",
				  "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["us-east-1", "eu-west-1"]}}}]}""");
		AuthorizationRequest inMumbai = AuthorizationRequest.of(ACCOUNT, USER, "ds:DescribeDirectories",
				ResourceRef.ANY, "ap-south-1", Map.of());
		assertThat(evaluate(List.of(ADMINISTRATOR, onlyTwoRegions), List.of(), inMumbai).outcome())
			.isEqualTo(Outcome.EXPLICIT_DENY);
		assertThat(outcome(List.of(ADMINISTRATOR, onlyTwoRegions), request("ds:DescribeDirectories", ResourceRef.ANY)))
			.isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void boolComparesBooleansAndAMissingKeyDoesNotMatch() {
		NamedPolicy secure = policy("SecureOnly", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ds:*", "Resource": "*",
				  "Condition": {"Bool": {"aws:SecureTransport": true}}}]}""");
		AuthorizationRequest request = share(directory("lab"));
		assertThat(evaluate(List.of(secure), List.of(), request).outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(evaluate(List.of(secure), List.of(), request.withContext("aws:SecureTransport", List.of("TRUE")))
			.outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(evaluate(List.of(secure), List.of(), request.withContext("aws:SecureTransport", List.of("false")))
			.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void principalTagsAndAccountAreInTheContext() {
		NamedPolicy sameTeam = policy("SameTeam", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ds:*", "Resource": "*",
				  "Condition": {"StringEquals": {"aws:PrincipalTag/team": "directory", "aws:PrincipalAccount": "111122223333"}}}]}""");
		AuthorizationRequest tagged = AuthorizationRequest.of(ACCOUNT, USER, "ds:ShareDirectory", directory("lab"),
				"us-east-1", Map.of("team", "directory"));
		assertThat(evaluate(List.of(sameTeam), List.of(), tagged).outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(outcome(List.of(sameTeam), share(directory("lab")))).isEqualTo(Outcome.IMPLICIT_DENY);
	}

	@Test
	void forAnyValueAndForAllValuesCompareMultivaluedKeys() {
		AuthorizationRequest request = share(directory("lab")).withContext("aws:TagKeys", List.of("env", "owner"));
		NamedPolicy anyEnv = policy("AnyEnv", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ds:*", "Resource": "*",
				  "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": "env"}}}]}""");
		NamedPolicy onlyEnv = policy("OnlyEnv", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ds:*", "Resource": "*",
				  "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": "env"}}}]}""");
		assertThat(evaluate(List.of(anyEnv), List.of(), request).outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(evaluate(List.of(onlyEnv), List.of(), request).outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(evaluate(List.of(onlyEnv), List.of(), share(directory("lab"))).outcome())
			.isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void anScpAllowListWithoutDirectoryServiceDeniesEvenAnAdministrator() {
		NamedPolicy organizationsOnly = policy("OrganizationsOnly", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["organizations:*", "iam:*"], "Resource": "*"}]}""");
		List<ScpLevel> levels = List.of(new ScpLevel("r-ab12", "Root", List.of(organizationsOnly)),
				new ScpLevel(ACCOUNT, "Member", List.of(FULL_AWS_ACCESS)));
		Decision decision = evaluate(List.of(ADMINISTRATOR), levels, share(directory("lab")));
		assertThat(decision.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(decision.decidedBy()).isEqualTo(PolicyType.SERVICE_CONTROL);
		assertThat(decision.deniedAtTarget()).contains("r-ab12");
		assertThat(decision.serviceControlPolicies()).containsExactly("OrganizationsOnly (r-ab12)",
				"FullAWSAccess (" + ACCOUNT + ")");
		assertThat(decision.message()).endsWith(" because no service control policy allows the ds:ShareDirectory action");
		assertThat(evaluate(List.of(ADMINISTRATOR), levels, request("iam:CreateUser", ResourceRef.ANY)).outcome())
			.isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void anScpDenyWinsOverEveryAllow() {
		NamedPolicy noOutsideShares = policy("DenyAcceptFromOutside", """
				{"Version": "2012-10-17", "Statement": [
				  {"Sid": "NoOutsideDirectories", "Effect": "Deny", "Action": "ds:AcceptSharedDirectory", "Resource": "*"}]}""");
		List<ScpLevel> levels = List.of(new ScpLevel("r-ab12", "Root", List.of(FULL_AWS_ACCESS, noOutsideShares)),
				new ScpLevel(ACCOUNT, "Member", List.of(FULL_AWS_ACCESS)));
		Decision decision = evaluate(List.of(ADMINISTRATOR), levels, request("ds:AcceptSharedDirectory", directory("lab")));
		assertThat(decision.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
		assertThat(decision.statement()).get()
			.extracting(Decision.MatchedStatement::policyName)
			.isEqualTo("DenyAcceptFromOutside");
		assertThat(decision.message()).endsWith(" with an explicit deny in a service control policy");
	}

	/**
	 * The Organizations guide's example of an SCP that keeps a member account to resources of its own
	 * organization: {@code aws:ResourceOrgID} is the owner's organization, and absent (so the
	 * StringNotEquals holds) when the owner is in none.
	 */
	@Test
	void anScpOnTheResourcesOrganizationDeniesOnlyResourcesOwnedOutsideIt() {
		NamedPolicy denyOutside = policy("DenyAcceptingOutsideDirectories", """
				{"Version": "2012-10-17", "Statement": [{"Sid": "DenyAcceptingDirectoriesFromOutside", "Effect": "Deny",
				  "Action": "ds:AcceptSharedDirectory", "Resource": "*",
				  "Condition": {"StringNotEquals": {"aws:ResourceOrgID": "o-exampleorg1"}}}]}""");
		List<ScpLevel> levels = List.of(new ScpLevel("r-ab12", "Root", List.of(FULL_AWS_ACCESS)),
				new ScpLevel(ACCOUNT, "Member", List.of(FULL_AWS_ACCESS, denyOutside)));
		ResourceRef shared = untagged().withKey(ResourceRef.RESOURCE_ACCOUNT, "444455556666");
		String accept = "ds:AcceptSharedDirectory";

		assertThat(request(accept, shared).value("aws:resourceaccount")).contains(List.of("444455556666"));
		assertThat(evaluate(List.of(ADMINISTRATOR), levels, request(accept, shared)).outcome())
			.isEqualTo(Outcome.EXPLICIT_DENY);
		assertThat(evaluate(List.of(ADMINISTRATOR), levels,
				request(accept, shared.withKey(ResourceRef.RESOURCE_ORG_ID, "o-partnerorg1"))).outcome())
			.isEqualTo(Outcome.EXPLICIT_DENY);
		assertThat(evaluate(List.of(ADMINISTRATOR), levels,
				request(accept, shared.withKey(ResourceRef.RESOURCE_ORG_ID, "o-exampleorg1"))).outcome())
			.isEqualTo(Outcome.ALLOWED);
		Permissions capped = Permissions.of(List.of(ADMINISTRATOR), levels, Map.of());
		assertThat(capped.testsKey("AWS:ResourceOrgId")).isTrue();
		assertThat(capped.testsResourceTags()).isFalse();
		assertThat(Permissions.of(ADMINISTRATOR).testsKey(ResourceRef.RESOURCE_ORG_ID)).isFalse();
	}

	@Test
	void aLevelWithoutAnAllowingScpDenies() {
		List<ScpLevel> levels = List.of(new ScpLevel("r-ab12", "Root", List.of(FULL_AWS_ACCESS)),
				new ScpLevel(ACCOUNT, "Member", List.of()));
		Decision decision = evaluate(List.of(ADMINISTRATOR), levels, share(directory("lab")));
		assertThat(decision.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(decision.deniedAtTarget()).contains(ACCOUNT);
	}

	@Test
	void scpsGrantNothingThemselvesAndTheManagementAccountHasNoLevels() {
		List<ScpLevel> levels = List.of(new ScpLevel("r-ab12", "Root", List.of(FULL_AWS_ACCESS)));
		Decision decision = evaluate(List.of(), levels, share(directory("lab")));
		assertThat(decision.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
		assertThat(decision.decidedBy()).isEqualTo(PolicyType.IDENTITY_BASED);
		// The management account: ServiceControlPolicies gives it no levels, so only its own policies count.
		Decision management = evaluate(List.of(ADMINISTRATOR), List.of(), share(directory("lab")));
		assertThat(management.outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(management.statement()).get()
			.extracting(Decision.MatchedStatement::policyArn)
			.isEqualTo("arn:aws:iam::aws:policy/AdministratorAccess");
		assertThat(management.serviceControlPolicies()).isEmpty();
	}

	@Test
	void getCallerIdentityIsNeverDenied() {
		NamedPolicy denyAll = policy("DenyAll", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}""");
		assertThat(outcome(List.of(denyAll), request("sts:GetCallerIdentity", ResourceRef.ANY)))
			.isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void couldAllowIgnoresResourcesAndConditionsButNotUnconditionalDenies() {
		Permissions labSharer = Permissions.of(labOnly("StringEquals", "lab"));
		assertThat(labSharer.couldAllow("ds:ShareDirectory")).isTrue();
		assertThat(labSharer.couldAllow("ds:DeleteDirectory")).isFalse();
		NamedPolicy denySharing = policy("DenySharing", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ds:Share*", "Resource": "*"}]}""");
		assertThat(Permissions.of(ADMINISTRATOR, denySharing).couldAllow("ds:ShareDirectory")).isFalse();
		assertThat(Permissions.of(ADMINISTRATOR, labOnlyDeny()).couldAllow("ds:ShareDirectory")).isTrue();
		Permissions capped = Permissions.of(List.of(ADMINISTRATOR),
				List.of(new ScpLevel("r-ab12", "Root", List.of(policy("OrgOnly", """
						{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "organizations:*", "Resource": "*"}]}""")))),
				Map.of());
		assertThat(capped.couldAllow("ds:ShareDirectory")).isFalse();
		assertThat(capped.couldAllow("organizations:ListAccounts")).isTrue();
		assertThat(Permissions.system().couldAllow("ds:ShareDirectory")).isTrue();
		assertThat(Permissions.system().evaluate(share(directory("lab"))).allowed()).isTrue();
	}

	private static NamedPolicy labOnlyDeny() {
		return policy("DenyProd", """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ds:*", "Resource": "*",
				  "Condition": {"StringEquals": {"aws:ResourceTag/env": "prod"}}}]}""");
	}

	private static NamedPolicy labOnly(String operator, String value) {
		return policy("LabOnly", """
				{
				  "Version": "2012-10-17",
				  "Statement": [{"Effect": "Allow", "Action": "ds:ShareDirectory", "Resource": "*",
				    "Condition": {"%s": {"aws:ResourceTag/env": "%s"}}}]
				}""".formatted(operator, value));
	}

	static NamedPolicy policy(String name, String json) {
		return new NamedPolicy(name, "arn:aws:iam::" + ACCOUNT + ":policy/" + name, "v1", PolicyDocument.parse(json));
	}

	private static ResourceRef directory(String env) {
		return ResourceRef.directory("us-east-1", ACCOUNT, LAB_DIRECTORY, Map.of("env", env));
	}

	private static ResourceRef untagged() {
		return ResourceRef.directory("us-east-1", ACCOUNT, LAB_DIRECTORY, Map.of());
	}

	private static AuthorizationRequest share(ResourceRef directory) {
		return request("ds:ShareDirectory", directory);
	}

	private static AuthorizationRequest request(String action, ResourceRef resource) {
		return AuthorizationRequest.of(ACCOUNT, USER, action, resource, "us-east-1", Map.of());
	}

	private static Outcome outcome(List<NamedPolicy> policies, AuthorizationRequest request) {
		return evaluate(policies, List.of(), request).outcome();
	}

	private static Decision evaluate(List<NamedPolicy> policies, List<ScpLevel> levels, AuthorizationRequest request) {
		return PolicyEvaluator.evaluate(request, policies, levels);
	}

}
