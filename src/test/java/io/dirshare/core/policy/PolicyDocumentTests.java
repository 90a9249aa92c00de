package io.dirshare.core.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The grammar of identity-based policies and IAM's MalformedPolicyDocument messages, each with its line. */
class PolicyDocumentTests {

	@Test
	void parsesAStatementObjectOrArrayWithEveryElement() {
		PolicyDocument document = PolicyDocument.parse("""
				{
				  "Version": "2012-10-17",
				  "Id": "lab-sharing",
				  "Statement": [
				    {
				      "Sid": "ShareLab",
				      "Effect": "Allow",
				      "Action": ["ds:ShareDirectory", "ds:UnshareDirectory"],
				      "Resource": "arn:aws:ds:*:111122223333:directory/*",
				      "Condition": {"StringEquals": {"aws:ResourceTag/env": ["lab", "test"]}}
				    },
				    {"Effect": "Deny", "NotAction": "ds:Describe*", "NotResource": "*"}
				  ]
				}""");
		assertThat(document.version()).isEqualTo("2012-10-17");
		assertThat(document.statements()).hasSize(2);
		Statement share = document.statements().get(0);
		assertThat(share.sid()).isEqualTo("ShareLab");
		assertThat(share.line()).isEqualTo(5);
		assertThat(share.actions()).containsExactly("ds:ShareDirectory", "ds:UnshareDirectory");
		assertThat(share.conditions()).singleElement().satisfies((condition) -> {
			assertThat(condition.base()).isEqualTo(ConditionOperator.STRING_EQUALS);
			assertThat(condition.values()).containsExactly("lab", "test");
			assertThat(condition.line()).isEqualTo(10);
		});
		Statement deny = document.statements().get(1);
		assertThat(deny.notAction()).isTrue();
		assertThat(deny.notResource()).isTrue();
		assertThat(deny.label()).isEqualTo("statement 2");
		assertThat(PolicyDocument.parse("""
				{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""").version())
			.isEqualTo("2008-10-17");
	}

	static Stream<Arguments> malformedDocuments() {
		return Stream.of(
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": [
						    {"Effect": "Allow" "Action": "ds:*", "Resource": "*"}
						  ]
						}""", "Syntax errors in policy.", 4),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {
						    "Effect": "Allow",
						    "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
						    "Action": "ds:*",
						    "Resource": "*"
						  }
						}""", "Policy document should not specify a principal.", 5),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {
						    "Efect": "Allow",
						    "Action": "ds:*",
						    "Resource": "*"
						  }
						}""", "Unknown field Efect", 4),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {
						    "Effect": "Alow",
						    "Action": "ds:*",
						    "Resource": "*"
						  }
						}""", "Invalid Effect: Alow", 4),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {"Action": "ds:*", "Resource": "*"}
						}""", "Missing required field Effect", 3),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": [
						    {
						      "Effect": "Allow",
						      "Resource": "*"
						    }
						  ]
						}""", "Policy statement must contain actions.", 4),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": [
						    {"Effect": "Allow", "Action": "ds:ShareDirectory", "Resource": "*"},
						    {"Effect": "Allow", "Action": "ds:UnshareDirectory"}
						  ]
						}""", "Policy statement must contain resources.", 5),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {
						    "Effect": "Allow",
						    "Action": "ds:*",
						    "Resource": "arn:aws:*:us-east-1:111122223333:directory/*"
						  }
						}""", "Resource vendor must be fully qualified and cannot contain regexes.", 6),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {"Effect": "Allow", "Action": "ds:*", "Resource": "d-1234567890"}
						}""", "Resource d-1234567890 must be in ARN format or \"*\".", 3),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {
						    "Effect": "Allow",
						    "Action": "ShareDirectory",
						    "Resource": "*"
						  }
						}""", "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.", 5),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {"Effect": "Allow", "Action": "ds:Share:Directory", "Resource": "*"}
						}""", "Actions/Condition can contain only one colon.", 3),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {
						    "Effect": "Allow",
						    "Action": "ds:*",
						    "Resource": "*",
						    "Condition": {
						      "StringEqualz": {"aws:ResourceTag/env": "lab"}
						    }
						  }
						}""", "Invalid Condition type : StringEqualz", 8),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": [
						    {"Sid": "Share", "Effect": "Allow", "Action": "ds:*", "Resource": "*"},
						    {"Sid": "Share", "Effect": "Deny", "Action": "iam:*", "Resource": "*"}
						  ]
						}""", "Statement IDs (SID) in a single policy must be unique.", 5),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {"Sid": "share-lab", "Effect": "Allow", "Action": "ds:*", "Resource": "*"}
						}""", "Statement IDs (SID) must be alpha-numeric. "
						+ "Check that your input satisfies the regular expression [0-9A-Za-z]*", 3),
				Arguments.of("""
						{
						  "Version": "2012-10-18",
						  "Statement": {"Effect": "Allow", "Action": "ds:*", "Resource": "*"}
						}""", "The policy failed legacy parsing", 2),
				Arguments.of("""
						{
						  "Version": "2012-10-17"
						}""", "Missing required field Statement", 1),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {"Effect": "Allow", "Action": "ds:*", "NotAction": "iam:*", "Resource": "*"}
						}""", "Syntax errors in policy.", 3),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Version": "2008-10-17",
						  "Statement": {"Effect": "Allow", "Action": "ds:*", "Resource": "*"}
						}""", "Syntax errors in policy.", 3),
				Arguments.of("""
						{
						  "Version": "2012-10-17",
						  "Statement": {"Effect": "Allow", "Action": [], "Resource": "*"}
						}""", "Policy statement must contain actions.", 3));
	}

	@ParameterizedTest
	@MethodSource("malformedDocuments")
	void refusesAMalformedDocumentWithAwsWordingAndTheLine(String json, String awsMessage, int line) {
		assertThatExceptionOfType(MalformedPolicyException.class).isThrownBy(() -> PolicyDocument.parse(json))
			.satisfies((refusal) -> {
				assertThat(refusal.awsMessage()).isEqualTo(awsMessage);
				assertThat(refusal.line()).isEqualTo(line);
				assertThat(refusal.getMessage()).isEqualTo(awsMessage + " (line " + line + ")");
				assertThat(refusal.isSizeLimit()).isFalse();
			});
	}

	@Test
	void refusesADocumentOverItsSizeQuotaCountingNoWhitespace() {
		String statement = "{\"Effect\":\"Allow\",\"Action\":\"ds:DescribeDirectories\",\"Resource\":\"*\"}";
		String small = "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
		String padded = small.replace(",", ",\n        ");
		assertThat(PolicyDocument.parse(padded, small.length()).statements()).hasSize(1);
		assertThatExceptionOfType(MalformedPolicyException.class)
			.isThrownBy(() -> PolicyDocument.parse(small, small.length() - 1))
			.satisfies((refusal) -> {
				assertThat(refusal.isSizeLimit()).isTrue();
				assertThat(refusal.getMessage()).isEqualTo("Cannot exceed quota for PolicySize: " + (small.length() - 1));
			});
	}

	@Test
	void theAwsManagedPoliciesAreValidDocuments() {
		assertThat(AwsManagedPolicies.all()).extracting(NamedPolicy::arn)
			.containsExactly("arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess",
					"arn:aws:iam::aws:policy/AWSDirectoryServiceFullAccess",
					"arn:aws:iam::aws:policy/AWSOrganizationsFullAccess");
		assertThat(AwsManagedPolicies.findByArn("arn:aws:iam::aws:policy/ReadOnlyAccess")).isPresent();
		assertThat(AwsManagedPolicies.find("PowerUserAccess")).isEmpty();
	}

}
