package io.dirshare.api;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed calls built to break the server: a crafted {@code NextToken} whose offset overflows, a body
 * sent as a multipart form. Each is refused with AWS's error shape, never a 500.
 */
class HostileInputIntegrationTests extends ApiIntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "2147483647", "2147483600", "1073741824", "-1", "99999999999" })
	void aCraftedNextTokenOfListAccountsIsInvalidInput(String offset) {
		ApiAccount management = newApiAccount("Crafted NextToken");
		organization(management);
		SignedCalls calls = calls(management);

		HttpResponse<String> response = calls.send("AWSOrganizationsV20161128.ListAccounts", SignedCalls.JSON,
				("{\"NextToken\":\"" + token("ListAccounts", offset) + "\"}").getBytes(StandardCharsets.UTF_8));

		assertAwsError(response, "InvalidInputException");
	}

	@ParameterizedTest
	@ValueSource(strings = { "DirectoryService_20150416.DescribeDirectories",
			"DirectoryService_20150416.DescribeSharedDirectories", "AWSOrganizationsV20161128.ListHandshakesForAccount",
			"AWSOrganizationsV20161128.ListAWSServiceAccessForOrganization" })
	void aCraftedNextTokenAtTheEndOfIntIsRefusedByEveryList(String target) {
		ApiAccount management = newApiAccount("Crafted NextToken elsewhere");
		organization(management);
		String operation = target.substring(target.indexOf('.') + 1);

		HttpResponse<String> response = calls(management).send(target, SignedCalls.JSON,
				("{\"OwnerDirectoryId\":\"d-1234567890\",\"NextToken\":\"" + token(operation, "2147483647") + "\"}")
					.getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertAwsShaped(response);
	}

	@Test
	void aMultipartBodyIsASerializationException() {
		ApiAccount account = newApiAccount("Multipart body");
		String body = "--xyz\r\nContent-Disposition: form-data; name=\"MaxResults\"\r\n\r\n5\r\n--xyz--\r\n";

		HttpResponse<String> response = calls(account).send("AWSOrganizationsV20161128.DescribeOrganization",
				"multipart/form-data; boundary=xyz", body.getBytes(StandardCharsets.UTF_8));

		assertAwsError(response, "SerializationException");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/x-www-form-urlencoded", "multipart/mixed; boundary=b", "text/plain" })
	void aFormLikeBodyIsASerializationException(String contentType) {
		ApiAccount account = newApiAccount("Form body");

		HttpResponse<String> response = calls(account).send("DirectoryService_20150416.DescribeDirectories",
				contentType, "Limit=5&NextToken=x".getBytes(StandardCharsets.UTF_8));

		assertAwsError(response, "SerializationException");
	}

	@Test
	void anErrorRepeatsOnlyTheFirstCharactersOfTheValuesSent() {
		ApiAccount account = newApiAccount("Long values");
		String many = "[" + ("\"d-" + "x".repeat(500) + "\",").repeat(3) + "\"d-x\"]";

		HttpResponse<String> listed = calls(account).send("DirectoryService_20150416.DescribeDirectories",
				SignedCalls.JSON, ("{\"DirectoryIds\":" + many + "}").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> single = calls(account).send("DirectoryService_20150416.DeleteDirectory", SignedCalls.JSON,
				("{\"DirectoryId\":\"" + "d-".repeat(500) + "\"}").getBytes(StandardCharsets.UTF_8));

		for (HttpResponse<String> response : java.util.List.of(listed, single)) {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(ApiJson.MAPPER.readTree(response.body()).get("Message").asString()).hasSizeLessThan(1000).doesNotContain("x".repeat(100));
		}
	}

	private SignedCalls calls(ApiAccount account) {
		return new SignedCalls(endpoint(), account.accessKeyId(), account.secretAccessKey());
	}

	private static String token(String operation, String offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((operation + ":" + offset).getBytes(StandardCharsets.UTF_8));
	}

	static void assertAwsError(HttpResponse<String> response, String errorCode) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertAwsShaped(response);
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(errorCode);
	}

	static void assertAwsShaped(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValue(SignedCalls.JSON);
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).as(response.body()).isPresent();
		JsonNode body = ApiJson.MAPPER.readTree(response.body());
		assertThat(body.get("__type").asString()).isEqualTo(response.headers().firstValue("x-amzn-ErrorType").get());
		assertThat(body.has("Message")).as(response.body()).isTrue();
	}

}
