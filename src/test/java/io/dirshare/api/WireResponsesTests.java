package io.dirshare.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.dirshare.core.AwsException;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.OrganizationsError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AWS JSON 1.1 conventions dirshare writes: error bodies, status codes, members, timestamps, constraints. */
class WireResponsesTests {

	@Test
	void anErrorBodyNamesTheShapeTheMessageTheRequestAndExtraMembers() {
		AwsException refusal = OrganizationsError.CONSTRAINT_VIOLATION.exception("The organization must have all features enabled.",
				Map.of("Reason", "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE"));

		JsonNode body = ApiJson.MAPPER.readTree(WireResponses.errorBody(refusal, "req-1"));

		assertThat(body.get("__type").asString()).isEqualTo("ConstraintViolationException");
		assertThat(body.get("Message").asString()).isEqualTo("The organization must have all features enabled.");
		assertThat(body.get("Reason").asString()).isEqualTo("ORGANIZATION_NOT_IN_ALL_FEATURES_MODE");
		assertThat(body.get("RequestId").asString()).isEqualTo("req-1");
		assertThat(WireResponses.status(refusal)).isEqualTo(400);
	}

	@Test
	void onlyAServiceExceptionIsA500() {
		assertThat(WireResponses.status(ApiException.service())).isEqualTo(500);
		assertThat(WireResponses.status(DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("x"))).isEqualTo(400);
		assertThat(WireResponses.status(AwsException.accessDenied("x"))).isEqualTo(400);
	}

	@Test
	void membersAreUpperCamelCaseAbsentOnesOmittedAndTimestampsEpochSecondNumbers() {
		record Shape(String sharedDirectoryId, String shareNotes, BigDecimal createdDateTime) {
		}
		String json = new String(ApiJson.MAPPER.writeValueAsBytes(new Shape("d-1234567890", null,
				ApiJson.epochSeconds(Instant.parse("2026-11-22T04:35:34.123Z")))));

		assertThat(json).isEqualTo("{\"SharedDirectoryId\":\"d-1234567890\",\"CreatedDateTime\":1795322134.123}");
	}

	@Test
	void constraintsAreWordedAsAwsWordsThem() {
		ServiceModels models = new ServiceModels();
		ApiOperation<Void> deleteDirectory = new ApiOperation<>(ApiService.DIRECTORY_SERVICE, "DeleteDirectory", null,
				Void.class, null);
		ApiOperation<Void> listChildren = new ApiOperation<>(ApiService.ORGANIZATIONS, "ListChildren", null, Void.class,
				null);

		assertThatThrownBy(() -> models.check(deleteDirectory, ApiJson.MAPPER.readTree("{\"DirectoryId\": \"abc\"}")))
			.isInstanceOfSatisfying(AwsException.class, (ex) -> {
				assertThat(ex.errorCode()).isEqualTo("InvalidParameterException");
				assertThat(ex.getMessage()).isEqualTo("1 validation error detected: Value 'abc' at 'directoryId' failed "
						+ "to satisfy constraint: Member must satisfy regular expression pattern: ^d-[0-9a-f]{10}$");
			});
		assertThatThrownBy(() -> models.check(listChildren, ApiJson.MAPPER.readTree("{\"MaxResults\": 0}")))
			.isInstanceOfSatisfying(AwsException.class, (ex) -> {
				assertThat(ex.errorCode()).isEqualTo("InvalidInputException");
				assertThat(ex.extraMembers()).containsEntry("Reason", "INPUT_REQUIRED");
				assertThat(ex.getMessage()).startsWith("3 validation errors detected: Value null at 'parentId' failed to "
						+ "satisfy constraint: Member must not be null; Value null at 'childType'")
					.endsWith("Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1");
			});
		models.check(deleteDirectory, ApiJson.MAPPER.readTree("{\"DirectoryId\": \"d-1234567890\"}"));
	}

	@Test
	void pageTokensAreBoundToTheirOperation() {
		String token = PageToken.encode("ListAccounts", 40);

		assertThat(PageToken.decode("ListAccounts", token)).hasValue(40);
		assertThat(PageToken.decode("ListHandshakesForAccount", token)).isEmpty();
		assertThat(PageToken.decode("ListAccounts", "%%%")).isEmpty();
		assertThat(PageToken.decode("ListAccounts", null)).hasValue(0);
		assertThat(PageToken.slice("X", java.util.List.of(1, 2, 3), 2, 2).nextToken()).isNull();
		assertThat(PageToken.slice("X", java.util.List.of(1, 2, 3), 0, 2).items()).containsExactly(1, 2);
	}

}
