package io.dirshare.bench.bare;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a Spring Boot endpoint costs with nothing behind it: it answers a POST with a JSON body shaped like
 * DescribeSharedDirectories' output (serialized per request with Jackson and sent as AWS's JSON 1.1 content
 * type, as dirshare's API does), with no signature check, no database and no authorization. bench/run
 * drives it beside dirshare as the same-run ceiling of the API goals (issue 11).
 */
@SpringBootApplication
@RestController
public class BareApplication {

	private static final Map<String, Object> SHARED_DIRECTORIES = Map.of("SharedDirectories",
			List.of(Map.of("OwnerAccountId", "111111111111", "OwnerDirectoryId", "d-1234567890", "ShareMethod",
					"HANDSHAKE", "SharedAccountId", "444444444444", "SharedDirectoryId", "d-0987654321", "ShareStatus",
					"PendingAcceptance", "ShareNotes", "Lab access for Partner Co", "CreatedDateTime", 1795910400,
					"LastUpdatedDateTime", 1795910400)));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

	@PostMapping("/")
	ResponseEntity<byte[]> describeSharedDirectories(@RequestBody(required = false) byte[] body) {
		return ResponseEntity.ok()
			.header("Content-Type", "application/x-amz-json-1.1")
			.body(JSON.writeValueAsBytes(SHARED_DIRECTORIES));
	}

}
