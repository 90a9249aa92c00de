package io.dirshare.api;

import java.util.Map;
import java.util.regex.Pattern;

import io.dirshare.core.AwsException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model validator on the real service models, without a server: AWS's sentences, paths and types. */
class ModelValidatorTests {

	static final ServiceModels MODELS = new ServiceModels();

	static final ModelValidator DS = new ModelValidator(MODELS.model(ApiService.DIRECTORY_SERVICE));

	static final ModelValidator ORGANIZATIONS = new ModelValidator(MODELS.model(ApiService.ORGANIZATIONS));

	static final String VPC = "\"VpcSettings\": {\"VpcId\": \"vpc-0123abcd\", \"SubnetIds\": [\"subnet-0123abcd\", \"subnet-4567abcd\"]}";

	@Test
	void everyViolationIsReportedInOneMessage() {
		Validation validation = DS.validate("CreateMicrosoftAD", json("{\"Edition\": \"Huge\", \"Description\": \" leading space\"}"));

		assertThat(validation.message()).isEqualTo("5 validation errors detected: "
				+ "Value null at 'name' failed to satisfy constraint: Member must not be null; "
				+ "Value null at 'password' failed to satisfy constraint: Member must not be null; "
				+ "Value ' leading space' at 'description' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([a-zA-Z0-9_])[\\\\a-zA-Z0-9_@#%*+=:?./!\\s-]*$; "
				+ "Value null at 'vpcSettings' failed to satisfy constraint: Member must not be null; "
				+ "Value 'Huge' at 'edition' failed to satisfy constraint: Member must satisfy enum value set: [Enterprise, Standard, Hybrid]");
	}

	@Test
	void nestedMembersAreNamedByTheirPath() {
		Validation validation = DS.validate("CreateMicrosoftAD", json("{\"Name\": \"corp.example.com\", \"Password\": \"Sup3r-Secret!\", "
				+ "\"VpcSettings\": {\"SubnetIds\": [\"subnet-1\"]}, \"Tags\": [{\"Key\": \"ok\", \"Value\": \"v\"}, {\"Key\": \"\", \"Value\": \"v\"}]}"));

		assertThat(validation.violations()).extracting(Validation.Violation::message).containsExactly(
				"Value null at 'vpcSettings.vpcId' failed to satisfy constraint: Member must not be null",
				"Value '[subnet-1]' at 'vpcSettings.subnetIds' failed to satisfy constraint: Member must satisfy constraint: "
						+ "[Member must satisfy regular expression pattern: ^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$]",
				"Value '' at 'tags.2.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1");
	}

	@Test
	void listsOfIdsAreReportedAsAwsReportsThem() {
		assertThat(DS.validate("DescribeDirectories", json("{\"DirectoryIds\": [\"d-1234567890\", \"abc\"]}")).message())
			.isEqualTo("1 validation error detected: Value '[d-1234567890, abc]' at 'directoryIds' failed to satisfy "
					+ "constraint: Member must satisfy constraint: [Member must satisfy regular expression pattern: ^d-[0-9a-f]{10}$]");
	}

	@Test
	void sensitiveValuesAreNeverEchoed() {
		Validation validation = DS.validate("CreateMicrosoftAD",
				json("{\"Name\": \"corp.example.com\", \"Password\": \"weakpassword\", " + VPC + "}"));

		assertThat(validation.message()).isEqualTo("1 validation error detected: Value at 'password' failed to satisfy "
				+ "constraint: Member must satisfy regular expression pattern: " + passwordPattern());
		assertThat(validation.message()).doesNotContain("weakpassword");
		assertThat(ORGANIZATIONS.validate("InviteAccountToOrganization",
				json("{\"Target\": {\"Id\": \"123456789012\", \"Type\": \"ACCOUNT\"}, \"Notes\": \"" + "secret ".repeat(200) + "\"}"))
			.message()).startsWith("1 validation error detected: Value at 'notes' failed").doesNotContain("secret");
	}

	@Test
	void longValuesAreQuotedByAShortPrefix() {
		String name = "a".repeat(300);
		String message = ORGANIZATIONS.validate("EnableAWSServiceAccess", json("{\"ServicePrincipal\": \"" + name + "\"}"))
			.message();

		assertThat(message).contains("Value '" + "a".repeat(64) + "...' at 'servicePrincipal'")
			.contains("Member must have length less than or equal to 128")
			.doesNotContain("a".repeat(65));
	}

	@Test
	void numbersAreRangeCheckedAndReasonsGoWithOrganizationsErrors() {
		Validation validation = ORGANIZATIONS.validate("ListAccounts", json("{\"MaxResults\": 50}"));

		assertThat(validation.message()).isEqualTo("1 validation error detected: Value '50' at 'maxResults' failed to "
				+ "satisfy constraint: Member must have value less than or equal to 20");
		AwsException refusal = validation.refusal(ApiService.ORGANIZATIONS.validationError(), true);
		assertThat(refusal.errorCode()).isEqualTo("InvalidInputException");
		assertThat(refusal.extraMembers()).isEqualTo(Map.of("Reason", "MAX_VALUE_EXCEEDED"));
	}

	@Test
	void valuesOfTheWrongJsonTypeAreSerializationErrorsNeverCoerced() {
		assertSerialization(DS, "DeleteDirectory", "{\"DirectoryId\": 1234567890}", "NUMBER_VALUE can not be converted to a String");
		assertSerialization(DS, "DeleteDirectory", "{\"DirectoryId\": {\"a\": 1}}", "Start of structure or map found where not expected.");
		assertSerialization(DS, "DeleteDirectory", "{\"DirectoryId\": [\"d-1234567890\"]}", "Start of list found where not expected");
		assertSerialization(DS, "DescribeDirectories", "{\"Limit\": \"5\"}", "STRING_VALUE can not be converted to an Integer");
		assertSerialization(DS, "DescribeDirectories", "{\"Limit\": 2.5}", "NUMBER_VALUE can not be converted to an Integer");
		assertSerialization(DS, "DescribeDirectories", "{\"DirectoryIds\": \"d-1234567890\"}", "STRING_VALUE can not be converted to a List");
		assertSerialization(DS, "ShareDirectory", "{\"ShareTarget\": \"123456789012\"}", "STRING_VALUE can not be converted to a Structure");
		assertSerialization(DS, "CreateMicrosoftAD", "{\"Tags\": {\"Key\": \"k\"}}", "Start of structure or map found where not expected.");
	}

	@Test
	void membersTheModelDoesNotKnowAreIgnored() {
		assertThat(DS.validate("DeleteDirectory", json("{\"DirectoryId\": \"d-1234567890\", \"Whatever\": 1}")).isEmpty())
			.isTrue();
	}

	@Test
	void everyPatternOfTheModelsIsAJavaRegularExpression() {
		for (ApiService service : ApiService.values()) {
			ServiceModel model = MODELS.model(service);
			ApiJson.MAPPER.readTree(getClass().getClassLoader().getResourceAsStream(service.modelResource()))
				.path("shapes")
				.forEach((shape) -> {
					if (shape.has("pattern")) {
						Pattern.compile(shape.path("pattern").asString());
					}
				});
			assertThat(model.protocol()).isIn("json", "query");
		}
	}

	private static void assertSerialization(ModelValidator validator, String operation, String body, String message) {
		assertThatThrownBy(() -> validator.validate(operation, json(body)))
			.isInstanceOfSatisfying(AwsException.class, (ex) -> {
				assertThat(ex.errorCode()).isEqualTo("SerializationException");
				assertThat(ex.getMessage()).isEqualTo(message);
			});
	}

	private static String passwordPattern() {
		return MODELS.model(ApiService.DIRECTORY_SERVICE).shape("Password").path("pattern").asString();
	}

	private static JsonNode json(String body) {
		return ApiJson.MAPPER.readTree(body);
	}

}
