package io.dirshare.testcontrol;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.dirshare.sharing.ShareFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The controls for test suites (README: "Controls for test suites"), JSON under {@code /_dirshare/}; they
 * exist only with {@code dirshare.test-controls.enabled}, and {@link TestControlsSecurityConfiguration}
 * admits only the admin token. Each use is logged: they change state outside any account, so no
 * account's event history holds them (a reset or import replaces the event history itself).
 */
@RestController
@ConditionalOnBooleanProperty("dirshare.test-controls.enabled")
@RequestMapping(path = TestControlsSecurityConfiguration.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
class TestControlsController {

	private static final Logger log = LoggerFactory.getLogger(TestControlsController.class);

	private final StateReset reset;

	private final DatabaseState state;

	private final InstanceControls controls;

	TestControlsController(StateReset reset, DatabaseState state, InstanceControls controls) {
		this.reset = reset;
		this.state = state;
		this.controls = controls;
	}

	@PostMapping("/reset")
	ResponseEntity<String> reset(@RequestParam(name = "to", defaultValue = "empty") String to) {
		switch (to) {
			case "empty" -> this.reset.toEmpty();
			case "demo" -> this.reset.toDemoData();
			default -> throw new TestControlException("InvalidReset", "Reset to \"empty\" or \"demo\", not \"" + to + "\".");
		}
		log.info("Test controls: reset to {}", to);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("reset", to);
		answer.put("clock", this.controls.clock());
		answer.put("delays", this.controls.delays());
		answer.put("failures", this.controls.failures());
		return ok(answer);
	}

	@GetMapping("/state")
	ResponseEntity<String> exportState() {
		return ok(this.state.export());
	}

	@PostMapping(path = "/state", consumes = MediaType.ALL_VALUE)
	ResponseEntity<String> importState(@RequestBody(required = false) String document) {
		Map<String, Integer> rows = this.state.importDocument(TestControlsJson.read(document));
		log.info("Test controls: imported {} rows", rows.values().stream().mapToInt(Integer::intValue).sum());
		return ok(Map.of("imported", rows));
	}

	@PostMapping("/settle")
	ResponseEntity<String> settle() {
		Map<String, Object> settled = this.controls.settleNow();
		log.info("Test controls: settled {}", settled);
		return ok(Map.of("settled", settled));
	}

	@GetMapping("/delays")
	ResponseEntity<String> delays() {
		return ok(this.controls.delays());
	}

	@PutMapping(path = "/delays", consumes = MediaType.ALL_VALUE)
	ResponseEntity<String> setDelays(@RequestBody(required = false) String body) {
		JsonNode delays = object(body, "creating", "sharing", "rejecting", "deleting");
		Map<String, Object> now = this.controls.setDelays(duration(delays, "creating"), duration(delays, "sharing"),
				duration(delays, "rejecting"), duration(delays, "deleting"));
		log.info("Test controls: delays {}", now);
		return ok(now);
	}

	@GetMapping("/failures")
	ResponseEntity<String> failures() {
		return ok(this.controls.failures());
	}

	@PutMapping(path = "/failures", consumes = MediaType.ALL_VALUE)
	ResponseEntity<String> setFailures(@RequestBody(required = false) String body) {
		JsonNode failures = object(body, "shares", "rejections");
		Map<String, Object> now = this.controls.setFailures(count(failures, "shares"), count(failures, "rejections"));
		log.info("Test controls: failures {}", now);
		return ok(now);
	}

	@GetMapping("/clock")
	ResponseEntity<String> clock() {
		return ok(this.controls.clock());
	}

	@PostMapping(path = "/clock/advance", consumes = MediaType.ALL_VALUE)
	ResponseEntity<String> advanceClock(@RequestBody(required = false) String body) {
		Duration by = duration(object(body, "by"), "by");
		if (by == null) {
			throw new TestControlException("InvalidClock", "Say how far to move the clock: {\"by\": \"15d\"}.");
		}
		Map<String, Object> now = this.controls.advanceClock(by);
		log.info("Test controls: clock {}", now);
		return ok(now);
	}

	@PostMapping("/clock/reset")
	ResponseEntity<String> resetClock() {
		Map<String, Object> now = this.controls.resetClock();
		log.info("Test controls: clock {}", now);
		return ok(now);
	}

	@ExceptionHandler(TestControlException.class)
	ResponseEntity<String> refused(TestControlException refusal) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.body(TestControlsJson.error(refusal.code(), refusal.getMessage()));
	}

	private static ResponseEntity<String> ok(Object body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(TestControlsJson.write(body));
	}

	/** The body as an object whose members are all among {@code known}. */
	private static JsonNode object(String body, String... known) {
		JsonNode object = TestControlsJson.read(body);
		if (!object.isObject()) {
			throw new TestControlException("InvalidJson", "The body is not a JSON object.");
		}
		for (String name : object.propertyNames()) {
			if (!java.util.List.of(known).contains(name)) {
				throw new TestControlException("InvalidJson",
						"Unknown member \"" + name + "\"; known: " + String.join(", ", known) + ".");
			}
		}
		return object;
	}

	/** A duration as Spring writes them ("2s", "500ms", "15d") or ISO-8601 ("PT2S"); null when absent. */
	private static Duration duration(JsonNode object, String name) {
		JsonNode value = object.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			Duration duration = DurationStyle.detectAndParse(value.asString());
			if (duration.isNegative()) {
				throw new TestControlException("InvalidDuration", "\"" + name + "\" cannot be negative.");
			}
			return duration;
		}
		catch (IllegalArgumentException ex) {
			throw new TestControlException("InvalidDuration",
					"\"" + name + "\" is not a duration such as \"2s\", \"500ms\", \"15d\" or \"PT2S\": " + value);
		}
	}

	/** A count of failures: a whole number from 0, or "all"; null when absent. */
	private static Integer count(JsonNode object, String name) {
		JsonNode value = object.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if ("all".equals(value.asString(null))) {
			return ShareFailures.ALL;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
			throw new TestControlException("InvalidCount", "\"" + name + "\" is a count from 0, or \"all\": " + value);
		}
		return value.intValue();
	}

}
