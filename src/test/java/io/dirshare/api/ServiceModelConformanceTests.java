package io.dirshare.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dirshare.core.Ids;
import io.dirshare.organizations.TrustedAccess;
import io.dirshare.organizations.TrustedAccessService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * dirshare against the AWS service models of the botocore installed on this machine (skipped, saying
 * so, where there is none). Inputs: for every operation dirshare implements, every constraint of its
 * input shape, nested members included, is broken once in an otherwise valid request to the running
 * app, which must refuse it with the service's validation error and AWS's sentence for that member
 * and constraint (and a value of the wrong JSON type with AWS's SerializationException). Outputs: a
 * scenario calls every operation successfully; every member AWS defines in what they return must have
 * been returned at least once, or be in {@link #NOT_RETURNED} with the reason dirshare cannot know it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceModelConformanceTests extends ApiIntegrationTest {

	/**
	 * Output members AWS defines that dirshare never returns, each with why. Keyed by shape and member as
	 * the model names them.
	 */
	static final Map<String, String> NOT_RETURNED = Map.ofEntries(
			// Directory Service
			Map.entry("DirectoryDescription.DnsIpv6Addrs", "dirshare's directories are IPv4 only"),
			Map.entry("DirectoryDescription.ConnectSettings", "AD Connector only; dirshare has Managed Microsoft AD"),
			Map.entry("DirectoryDescription.RadiusSettings", "no RADIUS multi-factor authentication in dirshare"),
			Map.entry("DirectoryDescription.RadiusStatus", "no RADIUS multi-factor authentication in dirshare"),
			Map.entry("DirectoryDescription.StageReason", "given by AWS only for a failed or impaired directory; dirshare's never fail"),
			Map.entry("DirectoryDescription.OsVersion", "the Windows Server version of the domain controllers is not something dirshare runs"),
			Map.entry("DirectoryDescription.HybridSettings", "Hybrid directories (CreateHybridAD) are not offered"),
			Map.entry("OwnerDirectoryDescription.DnsIpv6Addrs", "dirshare's directories are IPv4 only"),
			Map.entry("OwnerDirectoryDescription.RadiusSettings", "no RADIUS multi-factor authentication in dirshare"),
			Map.entry("OwnerDirectoryDescription.RadiusStatus", "no RADIUS multi-factor authentication in dirshare"),
			Map.entry("DomainController.DnsIpv6Addr", "dirshare's directories are IPv4 only"),
			Map.entry("DomainController.StatusReason", "given by AWS only for a failed or impaired domain controller"),
			Map.entry("DescribeRegionsResult.NextToken", "a directory runs in at most five Regions: always one page"),
			// Organizations
			Map.entry("CreateAccountStatus.GovCloudAccountId", "no AWS GovCloud (US) in dirshare"),
			Map.entry("ListRootsResponse.NextToken", "an organization has one root: always one page"),
			Map.entry("ListParentsResponse.NextToken", "an account has one parent: always one page"));

	static final Optional<BotocoreModels> MACHINE = BotocoreModels.find();

	@Autowired
	List<ApiOperations> implemented;

	@Autowired
	TrustedAccessService trustedAccessService;

	SignedHttp http;

	ApiAccount caller;

	@BeforeAll
	void signer() {
		this.http = new SignedHttp(endpoint());
		this.caller = newApiAccount("Conformance");
	}

	// ------------------------------------------------------------------ inputs

	/** One broken constraint: the request, and what AWS answers. */
	record Case(ApiService service, String operation, String what, JsonNode input, String errorCode,
			String expectedMessage, boolean exact, String reason, String secretValue) {
	}

	@Test
	void everyInputConstraintOfEveryImplementedOperationIsEnforced() {
		assumeThat(MACHINE).as("Conformance with the service models skipped: no botocore on this machine "
				+ "(pip install botocore, or -Dbotocore.data=<botocore/data>)").isPresent();
		List<Case> cases = new ArrayList<>();
		for (ApiOperation<?> operation : operations()) {
			JsonNode model = MACHINE.get().model(operation.service());
			JsonNode definition = model.path("operations").path(operation.name());
			assertThat(definition.isMissingNode()).as(operation.name() + " in botocore's model").isFalse();
			String input = textOrNull(definition.path("input").path("shape"));
			if (input != null) {
				new Generator(operation.service(), operation.name(), model.path("shapes")).cases(input, cases);
			}
		}
		List<String> failures = new ArrayList<>();
		for (Case broken : cases) {
			check(broken).ifPresent(failures::add);
		}
		assertThat(cases).as("cases generated").hasSizeGreaterThan(100);
		assertThat(failures).as("constraints not enforced as AWS enforces them (" + cases.size() + " cases)").isEmpty();
	}

	private Optional<String> check(Case broken) {
		HttpResponse<String> response = callJson(broken.service(), broken.operation(), broken.input().toString());
		String where = broken.operation() + " " + broken.what() + " " + broken.input() + ": ";
		if (response.statusCode() != 400) {
			return Optional.of(where + "answered " + response.statusCode() + " " + response.body());
		}
		JsonNode body = ApiJson.MAPPER.readTree(response.body());
		String code = body.path("__type").asString();
		String message = body.path("Message").asString();
		if (!code.equals(broken.errorCode())) {
			return Optional.of(where + "expected " + broken.errorCode() + " but got " + code + ": " + message);
		}
		boolean matches = broken.exact() ? message.equals(broken.expectedMessage())
				: message.contains(broken.expectedMessage());
		if (!matches) {
			return Optional.of(where + "expected message " + (broken.exact() ? "" : "containing ") + "<"
					+ broken.expectedMessage() + "> but was <" + message + ">");
		}
		if (broken.reason() != null && broken.exact() && !broken.reason().equals(body.path("Reason").asString())) {
			return Optional.of(where + "expected Reason " + broken.reason() + " but got " + body.path("Reason"));
		}
		if (broken.secretValue() != null && !broken.secretValue().isEmpty() && response.body().contains(broken.secretValue())) {
			return Optional.of(where + "echoes the value of a sensitive member: " + message);
		}
		return Optional.empty();
	}

	/** Builds, for one operation, a valid input and one broken variant of it per constraint. */
	static final class Generator {

		/** Valid values for string shapes whose pattern a plain word does not match. */
		static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("DirectoryName", "corp.example.com"),
				Map.entry("Password", "Sup3r-Secret!"), Map.entry("VpcId", "vpc-0123abcd"),
				Map.entry("SubnetId", "subnet-0123abcd"), Map.entry("DirectoryId", "d-1234567890"),
				Map.entry("ResourceId", "d-1234567890"), Map.entry("DomainControllerId", "dc-1234567890"),
				Map.entry("AliasName", "alias1"), Map.entry("AccountId", "123456789012"),
				Map.entry("HandshakeId", "h-1234567890"), Map.entry("ChildId", "123456789012"),
				Map.entry("ParentId", "r-abcd"), Map.entry("RootId", "r-abcd"), Map.entry("Email", "a@example.com"),
				Map.entry("CreateAccountRequestId", "car-1234567890"),
				Map.entry("TaggableResourceId", "123456789012"), Map.entry("PolicyId", "p-abcdefghij"),
				Map.entry("PolicyTargetId", "123456789012"));

		private static final List<String> VIOLATING = List.of("!", "\u0001", "\u00e9", " ", "#");

		private static final List<String> FILLERS = List.of("a", "1", "A", "aB1!");

		private final ApiService service;

		private final String operation;

		private final JsonNode shapes;

		Generator(ApiService service, String operation, JsonNode shapes) {
			this.service = service;
			this.operation = operation;
			this.shapes = shapes;
		}

		void cases(String inputShape, List<Case> cases) {
			structureMembers(inputShape, "", (value) -> value, false, cases, new HashSet<>());
		}

		/**
		 * @param wrap puts a value of this structure into a whole valid input
		 */
		private void structureMembers(String shapeName, String path, Function<JsonNode, JsonNode> wrap,
				boolean sensitive, List<Case> cases, Set<String> seen) {
			if (!seen.add(shapeName)) {
				return;
			}
			JsonNode shape = this.shapes.path(shapeName);
			boolean secret = sensitive || shape.path("sensitive").asBoolean(false);
			Set<String> required = new HashSet<>();
			shape.path("required").forEach((name) -> required.add(name.asString()));
			for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
				String name = member.getKey();
				String memberPath = (path.isEmpty() ? "" : path + ".") + ModelValidator.lowerCamelCase(name);
				Function<JsonNode, JsonNode> wrapMember = (value) -> {
					ObjectNode structure = valid(shapeName);
					structure.set(name, value);
					return wrap.apply(structure);
				};
				if (required.contains(name)) {
					ObjectNode without = valid(shapeName);
					without.remove(name);
					cases.add(violation("required " + memberPath, wrap.apply(without), memberPath, "null",
							"Member must not be null", "INPUT_REQUIRED", null, true));
				}
				member(member.getValue().path("shape").asString(), memberPath, wrapMember, secret, cases, seen);
			}
			seen.remove(shapeName);
		}

		private void member(String shapeName, String path, Function<JsonNode, JsonNode> wrap, boolean sensitive,
				List<Case> cases, Set<String> seen) {
			JsonNode shape = this.shapes.path(shapeName);
			boolean secret = sensitive || shape.path("sensitive").asBoolean(false);
			String type = shape.path("type").asString();
			JsonNodeFactory nodes = ApiJson.MAPPER.getNodeFactory();
			switch (type) {
				case "structure" -> {
					cases.add(serialization(path + " as a string", wrap.apply(nodes.stringNode("x")),
							"STRING_VALUE can not be converted to a Structure"));
					structureMembers(shapeName, path, wrap, secret, cases, seen);
				}
				case "list" -> list(shape, path, wrap, secret, cases, seen);
				case "string" -> {
					cases.add(serialization(path + " as a number", wrap.apply(nodes.numberNode(7)),
							"NUMBER_VALUE can not be converted to a String"));
					for (Broken broken : brokenStrings(shape)) {
						boolean exact = brokenConstraints(shape, broken.value()).size() == 1;
						cases.add(violation(path + " " + broken.reason(), wrap.apply(nodes.stringNode(broken.value())),
								path, secret ? null : "'" + Validation.quoted(broken.value()) + "'", broken.constraint(),
								broken.reason(), secret ? broken.value() : null, exact));
					}
				}
				case "integer", "long" -> {
					cases.add(serialization(path + " as a string", wrap.apply(nodes.stringNode("7")),
							"STRING_VALUE can not be converted to " + (type.equals("integer") ? "an Integer" : "a Long")));
					if (shape.has("min")) {
						long below = shape.path("min").asLong() - 1;
						cases.add(violation(path + " below min", wrap.apply(nodes.numberNode(below)), path,
								"'" + below + "'", "Member must have value greater than or equal to " + shape.path("min").asLong(),
								"MIN_VALUE_EXCEEDED", null, true));
					}
					if (shape.has("max")) {
						long above = shape.path("max").asLong() + 1;
						cases.add(violation(path + " above max", wrap.apply(nodes.numberNode(above)), path,
								"'" + above + "'", "Member must have value less than or equal to " + shape.path("max").asLong(),
								"MAX_VALUE_EXCEEDED", null, true));
					}
				}
				case "boolean" -> cases.add(serialization(path + " as a string", wrap.apply(nodes.stringNode("true")),
						"STRING_VALUE can not be converted to a Boolean"));
				default -> {
					// timestamps, blobs, maps: no operation dirshare implements takes one as input
				}
			}
		}

		private void list(JsonNode shape, String path, Function<JsonNode, JsonNode> wrap, boolean secret,
				List<Case> cases, Set<String> seen) {
			JsonNodeFactory nodes = ApiJson.MAPPER.getNodeFactory();
			String memberShapeName = shape.path("member").path("shape").asString();
			JsonNode memberShape = this.shapes.path(memberShapeName);
			cases.add(serialization(path + " as an object", wrap.apply(nodes.objectNode()),
					"Start of structure or map found where not expected."));
			if (shape.has("max")) {
				ArrayNode tooMany = nodes.arrayNode();
				for (long i = 0; i <= shape.path("max").asLong(); i++) {
					tooMany.add(validValue(memberShapeName));
				}
				cases.add(violation(path + " too long", wrap.apply(tooMany), path, null,
						"Member must have length less than or equal to " + shape.path("max").asLong(), "MAX_LENGTH_EXCEEDED",
						null, false));
			}
			if (shape.path("min").asLong() > 0) {
				ArrayNode tooFew = nodes.arrayNode();
				for (long i = 1; i < shape.path("min").asLong(); i++) {
					tooFew.add(validValue(memberShapeName));
				}
				cases.add(violation(path + " too short", wrap.apply(tooFew), path, null,
						"Member must have length greater than or equal to " + shape.path("min").asLong(),
						"MIN_LENGTH_EXCEEDED", null, false));
			}
			String memberType = memberShape.path("type").asString();
			boolean memberSecret = secret || memberShape.path("sensitive").asBoolean(false);
			if (memberType.equals("structure")) {
				structureMembers(memberShapeName, path + ".1.member", (value) -> {
					ArrayNode list = nodes.arrayNode();
					list.add(value);
					return wrap.apply(list);
				}, memberSecret, cases, seen);
			}
			else if (memberType.equals("string")) {
				for (Broken broken : brokenStrings(memberShape)) {
					ArrayNode list = nodes.arrayNode();
					list.add(broken.value());
					cases.add(violation(path + " member " + broken.reason(), wrap.apply(list), path,
							memberSecret ? null : "'" + Validation.quoted("[" + broken.value() + "]") + "'",
							"Member must satisfy constraint: [" + String.join(", ", brokenConstraints(memberShape, broken.value())) + "]",
							"INVALID_LIST_MEMBER", memberSecret ? broken.value() : null, true));
				}
			}
		}

		/** A valid value of a shape: a structure with its required members only. */
		JsonNode validValue(String shapeName) {
			JsonNode shape = this.shapes.path(shapeName);
			JsonNodeFactory nodes = ApiJson.MAPPER.getNodeFactory();
			return switch (shape.path("type").asString()) {
				case "structure" -> valid(shapeName);
				case "list" -> {
					ArrayNode list = nodes.arrayNode();
					for (long i = 0; i < Math.max(1, shape.path("min").asLong()); i++) {
						list.add(validValue(shape.path("member").path("shape").asString()));
					}
					yield list;
				}
				case "integer", "long" -> nodes.numberNode(Math.max(1, shape.path("min").asLong()));
				case "boolean" -> nodes.booleanNode(true);
				default -> nodes.stringNode(validString(shapeName, shape));
			};
		}

		ObjectNode valid(String structureShape) {
			JsonNode shape = this.shapes.path(structureShape);
			ObjectNode structure = ApiJson.MAPPER.createObjectNode();
			shape.path("required").forEach((name) -> structure.set(name.asString(),
					validValue(shape.path("members").path(name.asString()).path("shape").asString())));
			return structure;
		}

		private String validString(String shapeName, JsonNode shape) {
			if (shape.has("enum")) {
				return shape.path("enum").get(0).asString();
			}
			List<String> candidates = new ArrayList<>();
			if (SAMPLES.containsKey(shapeName)) {
				candidates.add(SAMPLES.get(shapeName));
			}
			FILLERS.forEach((filler) -> candidates.add(filler.repeat((int) Math.max(1, shape.path("min").asLong()))));
			for (String candidate : candidates) {
				if (brokenConstraints(shape, candidate).isEmpty()) {
					return candidate;
				}
			}
			throw new IllegalStateException("Add a valid sample of shape " + shapeName + " to Generator.SAMPLES");
		}

		/** A value breaking one constraint of the string shape. */
		record Broken(String value, String reason, String constraint) {
		}

		private List<Broken> brokenStrings(JsonNode shape) {
			List<Broken> broken = new ArrayList<>();
			if (shape.has("enum")) {
				broken.add(new Broken("NOT_AN_ENUM_VALUE", "INVALID_ENUM",
						"Member must satisfy enum value set: " + enumValues(shape)));
			}
			long min = shape.path("min").asLong(0);
			if (min > 0) {
				broken.add(new Broken(fill(shape, (int) min - 1), "MIN_LENGTH_EXCEEDED",
						"Member must have length greater than or equal to " + min));
			}
			if (shape.has("max")) {
				long max = shape.path("max").asLong();
				broken.add(new Broken(fill(shape, (int) max + 1), "MAX_LENGTH_EXCEEDED",
						"Member must have length less than or equal to " + max));
			}
			if (shape.has("pattern")) {
				Pattern pattern = Pattern.compile(shape.path("pattern").asString());
				int length = (int) Math.max(1, min);
				VIOLATING.stream()
					.map((c) -> c.repeat(length))
					.filter((value) -> !pattern.matcher(value).matches())
					.findFirst()
					.ifPresent((value) -> broken.add(new Broken(value, "INVALID_PATTERN",
							"Member must satisfy regular expression pattern: " + shape.path("pattern").asString())));
			}
			return broken;
		}

		/** A string of the length that satisfies the pattern if one of the fillers can. */
		private static String fill(JsonNode shape, int length) {
			for (String filler : FILLERS) {
				String value = filler.substring(0, 1).repeat(length);
				if (!shape.has("pattern") || Pattern.compile(shape.path("pattern").asString()).matcher(value).matches()) {
					return value;
				}
			}
			return "a".repeat(length);
		}

		/** The constraints of a string shape the value breaks, as AWS words them. */
		static List<String> brokenConstraints(JsonNode shape, String value) {
			List<String> broken = new ArrayList<>();
			if (shape.has("enum") && !enumValues(shape).contains(value)) {
				broken.add("Member must satisfy enum value set: " + enumValues(shape));
			}
			int length = value.codePointCount(0, value.length());
			if (shape.has("min") && length < shape.path("min").asLong()) {
				broken.add("Member must have length greater than or equal to " + shape.path("min").asLong());
			}
			if (shape.has("max") && length > shape.path("max").asLong()) {
				broken.add("Member must have length less than or equal to " + shape.path("max").asLong());
			}
			if (shape.has("pattern") && !Pattern.compile(shape.path("pattern").asString()).matcher(value).matches()) {
				broken.add("Member must satisfy regular expression pattern: " + shape.path("pattern").asString());
			}
			return broken;
		}

		private static List<String> enumValues(JsonNode shape) {
			List<String> values = new ArrayList<>();
			shape.path("enum").forEach((value) -> values.add(value.asString()));
			return values;
		}

		private Case violation(String what, JsonNode input, String path, String shownValue, String constraint,
				String reason, String secretValue, boolean single) {
			String sentence = ((shownValue != null) ? "Value " + shownValue + " at '" : "Value at '") + path
					+ "' failed to satisfy constraint: " + constraint;
			boolean organizations = this.service == ApiService.ORGANIZATIONS;
			return new Case(this.service, this.operation, what, input, this.service.validationError().code(),
					single ? "1 validation error detected: " + sentence : sentence, single,
					organizations ? reason : null, secretValue);
		}

		private Case serialization(String what, JsonNode input, String message) {
			return new Case(this.service, this.operation, what, input, "SerializationException", message, true, null,
					null);
		}

	}

	// ------------------------------------------------------------------ outputs

	@Test
	void everyOutputMemberAwsDefinesIsReturnedOrExplained() {
		assumeThat(MACHINE).as("Conformance with the service models skipped: no botocore on this machine "
				+ "(pip install botocore, or -Dbotocore.data=<botocore/data>)").isPresent();
		Outputs outputs = new Outputs();
		directoryServiceScenario(outputs);
		organizationsScenario(outputs);
		stsScenario(outputs);

		List<String> uncalled = new ArrayList<>();
		for (ApiOperation<?> operation : operations()) {
			if (!outputs.called.contains(operation.target())) {
				uncalled.add(operation.target());
			}
		}
		assertThat(uncalled).as("operations the scenario never called successfully").isEmpty();
		assertThat(outputs.unknown).as("members returned that the model does not define").isEmpty();

		Set<String> missing = new TreeSet<>();
		for (ApiOperation<?> operation : operations()) {
			JsonNode model = MACHINE.get().model(operation.service());
			String output = textOrNull(model.path("operations").path(operation.name()).path("output").path("shape"));
			if (output != null) {
				outputs.missing(model.path("shapes"), output, new HashSet<>(), missing);
			}
		}
		assertThat(missing).as("output members AWS defines that dirshare never returned and NOT_RETURNED does not explain")
			.isEmpty();
		Set<String> unusedExceptions = new TreeSet<>(NOT_RETURNED.keySet());
		unusedExceptions.removeAll(outputs.excused);
		assertThat(unusedExceptions).as("NOT_RETURNED entries for members that are returned or not in the model")
			.isEmpty();
	}

	/** What the scenario's successful calls returned, by shape and member. */
	static final class Outputs {

		final Set<String> called = new HashSet<>();

		final Set<String> seen = new HashSet<>();

		final Set<String> unknown = new TreeSet<>();

		final Set<String> excused = new HashSet<>();

		void observe(JsonNode shapes, String shapeName, JsonNode value) {
			JsonNode shape = shapes.path(shapeName);
			switch (shape.path("type").asString()) {
				case "structure" -> value.properties().forEach((member) -> {
					JsonNode definition = shape.path("members").path(member.getKey());
					if (definition.isMissingNode()) {
						this.unknown.add(shapeName + "." + member.getKey());
						return;
					}
					this.seen.add(shapeName + "." + member.getKey());
					observe(shapes, definition.path("shape").asString(), member.getValue());
				});
				case "list" -> value.forEach((item) -> observe(shapes, shape.path("member").path("shape").asString(), item));
				case "map" -> value.properties()
					.forEach((entry) -> observe(shapes, shape.path("value").path("shape").asString(), entry.getValue()));
				default -> {
				}
			}
		}

		void missing(JsonNode shapes, String shapeName, Set<String> visited, Set<String> missing) {
			if (!visited.add(shapeName)) {
				return;
			}
			JsonNode shape = shapes.path(shapeName);
			switch (shape.path("type").asString()) {
				case "structure" -> shape.path("members").properties().forEach((member) -> {
					String key = shapeName + "." + member.getKey();
					if (NOT_RETURNED.containsKey(key)) {
						this.excused.add(key);
					}
					else if (!this.seen.contains(key)) {
						missing.add(key);
					}
					else {
						missing(shapes, member.getValue().path("shape").asString(), visited, missing);
					}
				});
				case "list" -> missing(shapes, shape.path("member").path("shape").asString(), visited, missing);
				case "map" -> missing(shapes, shape.path("value").path("shape").asString(), visited, missing);
				default -> {
				}
			}
		}

	}

	private JsonNode call(Outputs outputs, ApiAccount account, ApiService service, String region, String operation,
			String body) {
		HttpResponse<String> response = this.http.json(account.accessKeyId(), account.secretAccessKey(),
				service.signingName(), region, service.target(operation), body);
		assertThat(response.statusCode()).as(operation + " " + body + " answered " + response.body()).isEqualTo(200);
		JsonNode json = ApiJson.MAPPER.readTree(response.body());
		JsonNode model = MACHINE.get().model(service);
		outputs.called.add(service.target(operation));
		String output = textOrNull(model.path("operations").path(operation).path("output").path("shape"));
		if (output != null) {
			outputs.observe(model.path("shapes"), output, json);
		}
		return json;
	}

	private JsonNode ds(Outputs outputs, ApiAccount account, String operation, String body) {
		return call(outputs, account, ApiService.DIRECTORY_SERVICE, "us-east-1", operation, body);
	}

	private JsonNode org(Outputs outputs, ApiAccount account, String operation, String body) {
		return call(outputs, account, ApiService.ORGANIZATIONS, "us-east-1", operation, body);
	}

	private void directoryServiceScenario(Outputs outputs) {
		ApiAccount owner = newApiAccount("Conformance owner");
		ApiAccount member = newApiAccount("Conformance member");
		ApiAccount partner = newApiAccount("Conformance partner");
		organization(owner, member);
		this.trustedAccessService.enableTrustedAccess(admin(owner), TrustedAccess.DIRECTORY_SERVICE);
		String vpc = "{\"VpcId\": \"vpc-0123abcd\", \"SubnetIds\": [\"subnet-0123abcd\", \"subnet-4567abcd\"]}";

		String directoryId = ds(outputs, owner, "CreateMicrosoftAD", "{\"Name\": \"conformance.example.com\", "
				+ "\"ShortName\": \"CONF\", \"Password\": \"Sup3r-Secret!\", \"Description\": \"Conformance\", "
				+ "\"Edition\": \"Enterprise\", \"VpcSettings\": " + vpc + ", \"Tags\": [{\"Key\": \"a\", \"Value\": \"1\"}, "
				+ "{\"Key\": \"b\", \"Value\": \"2\"}]}").path("DirectoryId").asString();
		String other = ds(outputs, owner, "CreateMicrosoftAD", "{\"Name\": \"other.example.com\", \"Password\": "
				+ "\"Sup3r-Secret!\", \"Edition\": \"Standard\", \"VpcSettings\": " + vpc + "}").path("DirectoryId").asString();
		await(() -> ds(outputs, owner, "DescribeDirectories", "{\"DirectoryIds\": [\"" + directoryId + "\", \"" + other + "\"]}")
			.path("DirectoryDescriptions").toString(), (text) -> !text.contains("Creating"), "Active directories");
		ds(outputs, owner, "GetDirectoryLimits", "{}");
		ds(outputs, owner, "CreateAlias", "{\"DirectoryId\": \"" + directoryId + "\", \"Alias\": \"conf" + Ids.random("abcdef0123456789", 10) + "\"}");
		ds(outputs, owner, "EnableSso", "{\"DirectoryId\": \"" + directoryId + "\"}");
		ds(outputs, owner, "AddRegion", "{\"DirectoryId\": \"" + directoryId + "\", \"RegionName\": \"eu-west-1\", \"VPCSettings\": " + vpc + "}");
		ds(outputs, owner, "DescribeRegions", "{\"DirectoryId\": \"" + directoryId + "\"}");
		ds(outputs, owner, "AddTagsToResource", "{\"ResourceId\": \"" + directoryId + "\", \"Tags\": [{\"Key\": \"c\", \"Value\": \"3\"}]}");
		ds(outputs, owner, "RemoveTagsFromResource", "{\"ResourceId\": \"" + directoryId + "\", \"TagKeys\": [\"c\"]}");
		ds(outputs, owner, "ListTagsForResource", "{\"ResourceId\": \"" + directoryId + "\", \"Limit\": 1}");
		ds(outputs, owner, "UpdateNumberOfDomainControllers", "{\"DirectoryId\": \"" + directoryId + "\", \"DesiredNumber\": 3}");
		ds(outputs, owner, "DescribeDomainControllers", "{\"DirectoryId\": \"" + directoryId + "\", \"Limit\": 1}");
		String shared = ds(outputs, owner, "ShareDirectory", "{\"DirectoryId\": \"" + directoryId + "\", \"ShareMethod\": "
				+ "\"HANDSHAKE\", \"ShareNotes\": \"Conformance\", \"ShareTarget\": {\"Id\": \"" + partner.id() + "\", \"Type\": \"ACCOUNT\"}}")
			.path("SharedDirectoryId").asString();
		ds(outputs, owner, "ShareDirectory", "{\"DirectoryId\": \"" + directoryId + "\", \"ShareMethod\": \"ORGANIZATIONS\", "
				+ "\"ShareTarget\": {\"Id\": \"" + member.id() + "\", \"Type\": \"ACCOUNT\"}}");
		ds(outputs, owner, "DescribeSharedDirectories", "{\"OwnerDirectoryId\": \"" + directoryId + "\", \"Limit\": 1}");
		ds(outputs, partner, "DescribeDirectories", "{\"DirectoryIds\": [\"" + shared + "\"]}");
		ds(outputs, partner, "AcceptSharedDirectory", "{\"SharedDirectoryId\": \"" + shared + "\"}");
		String rejected = ds(outputs, owner, "ShareDirectory", "{\"DirectoryId\": \"" + other + "\", \"ShareMethod\": \"HANDSHAKE\", "
				+ "\"ShareTarget\": {\"Id\": \"" + partner.id() + "\", \"Type\": \"ACCOUNT\"}}").path("SharedDirectoryId").asString();
		ds(outputs, partner, "RejectSharedDirectory", "{\"SharedDirectoryId\": \"" + rejected + "\"}");
		ds(outputs, owner, "DescribeDirectories", "{\"Limit\": 1}");
		ds(outputs, owner, "UnshareDirectory", "{\"DirectoryId\": \"" + directoryId + "\", \"UnshareTarget\": {\"Id\": \""
				+ member.id() + "\", \"Type\": \"ACCOUNT\"}}");
		ds(outputs, owner, "DisableSso", "{\"DirectoryId\": \"" + directoryId + "\"}");
		call(outputs, owner, ApiService.DIRECTORY_SERVICE, "eu-west-1", "RemoveRegion", "{\"DirectoryId\": \"" + directoryId + "\"}");
		await(() -> ds(outputs, owner, "DescribeSharedDirectories", "{\"OwnerDirectoryId\": \"" + other + "\"}").toString(),
				(text) -> text.contains("\"Rejected\""), "the rejection settled");
		ds(outputs, owner, "DeleteDirectory", "{\"DirectoryId\": \"" + other + "\"}");
	}

	private void organizationsScenario(Outputs outputs) {
		ApiAccount management = newApiAccount("Conformance management");
		ApiAccount joiner = newApiAccount("Conformance joiner");
		ApiAccount decliner = newApiAccount("Conformance decliner");
		ApiAccount forgotten = newApiAccount("Conformance forgotten");

		org(outputs, management, "CreateOrganization", "{\"FeatureSet\": \"ALL\"}");
		org(outputs, management, "DescribeOrganization", "{}");
		String rootId = org(outputs, management, "ListRoots", "{}").path("Roots").get(0).path("Id").asString();
		org(outputs, management, "EnablePolicyType", "{\"RootId\": \"" + rootId + "\", \"PolicyType\": \"SERVICE_CONTROL_POLICY\"}");
		org(outputs, management, "DescribeOrganization", "{}");
		org(outputs, management, "DisablePolicyType", "{\"RootId\": \"" + rootId + "\", \"PolicyType\": \"SERVICE_CONTROL_POLICY\"}");
		org(outputs, management, "EnablePolicyType", "{\"RootId\": \"" + rootId + "\", \"PolicyType\": \"TAG_POLICY\"}");
		org(outputs, management, "ListRoots", "{}");
		String requestId = org(outputs, management, "CreateAccount", "{\"AccountName\": \"Conformance\", \"Email\": \"conf-"
				+ management.id() + "@example.com\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}]}")
			.path("CreateAccountStatus").path("Id").asString();
		String created = await(() -> org(outputs, management, "DescribeCreateAccountStatus", "{\"CreateAccountRequestId\": \""
				+ requestId + "\"}").path("CreateAccountStatus"), (status) -> status.has("AccountId"), "SUCCEEDED")
			.path("AccountId").asString();
		String duplicate = org(outputs, management, "CreateAccount", "{\"AccountName\": \"Twice\", \"Email\": \"conf-"
				+ management.id() + "@example.com\"}").path("CreateAccountStatus").path("Id").asString();
		await(() -> org(outputs, management, "DescribeCreateAccountStatus", "{\"CreateAccountRequestId\": \"" + duplicate + "\"}")
			.path("CreateAccountStatus"), (status) -> status.has("FailureReason"), "FAILED");
		org(outputs, management, "ListAccounts", "{\"MaxResults\": 1}");
		org(outputs, management, "DescribeAccount", "{\"AccountId\": \"" + created + "\"}");
		org(outputs, management, "ListParents", "{\"ChildId\": \"" + created + "\"}");
		org(outputs, management, "ListChildren", "{\"ParentId\": \"" + rootId + "\", \"ChildType\": \"ACCOUNT\", \"MaxResults\": 1}");
		org(outputs, management, "EnablePolicyType", "{\"RootId\": \"" + rootId + "\", \"PolicyType\": \"SERVICE_CONTROL_POLICY\"}");
		String content = "{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": \\\"Deny\\\", "
				+ "\\\"Action\\\": \\\"organizations:LeaveOrganization\\\", \\\"Resource\\\": \\\"*\\\"}]}";
		String policyId = org(outputs, management, "CreatePolicy", "{\"Name\": \"DenyLeaving\", \"Description\": \"Conformance\", "
				+ "\"Type\": \"SERVICE_CONTROL_POLICY\", \"Content\": \"" + content + "\"}")
			.path("Policy").path("PolicySummary").path("Id").asString();
		org(outputs, management, "DescribePolicy", "{\"PolicyId\": \"" + policyId + "\"}");
		org(outputs, management, "UpdatePolicy", "{\"PolicyId\": \"" + policyId + "\", \"Description\": \"Updated\"}");
		org(outputs, management, "ListPolicies", "{\"Filter\": \"SERVICE_CONTROL_POLICY\", \"MaxResults\": 1}");
		org(outputs, management, "AttachPolicy", "{\"PolicyId\": \"" + policyId + "\", \"TargetId\": \"" + created + "\"}");
		org(outputs, management, "ListPoliciesForTarget", "{\"TargetId\": \"" + created
				+ "\", \"Filter\": \"SERVICE_CONTROL_POLICY\", \"MaxResults\": 1}");
		org(outputs, management, "ListTargetsForPolicy", "{\"PolicyId\": \"p-FullAWSAccess\", \"MaxResults\": 1}");
		org(outputs, management, "DetachPolicy", "{\"PolicyId\": \"" + policyId + "\", \"TargetId\": \"" + created + "\"}");
		org(outputs, management, "DeletePolicy", "{\"PolicyId\": \"" + policyId + "\"}");
		StringBuilder tags = new StringBuilder("{\"Key\": \"t\", \"Value\": \"u\"}");
		for (int i = 0; i < 21; i++) {
			tags.append(", {\"Key\": \"tag").append(i).append("\", \"Value\": \"v\"}");
		}
		org(outputs, management, "TagResource", "{\"ResourceId\": \"" + created + "\", \"Tags\": [" + tags + "]}");
		org(outputs, management, "ListTagsForResource", "{\"ResourceId\": \"" + created + "\"}");
		org(outputs, management, "UntagResource", "{\"ResourceId\": \"" + created + "\", \"TagKeys\": [\"t\"]}");

		String invitation = org(outputs, management, "InviteAccountToOrganization", "{\"Target\": {\"Id\": \"" + joiner.id()
				+ "\", \"Type\": \"ACCOUNT\"}, \"Notes\": \"Welcome\"}").path("Handshake").path("Id").asString();
		String toDecline = org(outputs, management, "InviteAccountToOrganization", "{\"Target\": {\"Id\": \"" + decliner.id()
				+ "\", \"Type\": \"ACCOUNT\"}}").path("Handshake").path("Id").asString();
		String toCancel = org(outputs, management, "InviteAccountToOrganization", "{\"Target\": {\"Id\": \"" + forgotten.id()
				+ "\", \"Type\": \"ACCOUNT\"}}").path("Handshake").path("Id").asString();
		org(outputs, joiner, "ListHandshakesForAccount", "{}");
		org(outputs, management, "ListHandshakesForOrganization", "{\"MaxResults\": 1}");
		org(outputs, management, "DescribeHandshake", "{\"HandshakeId\": \"" + invitation + "\"}");
		org(outputs, joiner, "AcceptHandshake", "{\"HandshakeId\": \"" + invitation + "\"}");
		org(outputs, decliner, "DeclineHandshake", "{\"HandshakeId\": \"" + toDecline + "\"}");
		org(outputs, management, "CancelHandshake", "{\"HandshakeId\": \"" + toCancel + "\"}");

		org(outputs, management, "EnableAWSServiceAccess", "{\"ServicePrincipal\": \"ds.amazonaws.com\"}");
		org(outputs, management, "EnableAWSServiceAccess", "{\"ServicePrincipal\": \"sso.amazonaws.com\"}");
		org(outputs, management, "ListAWSServiceAccessForOrganization", "{\"MaxResults\": 1}");
		org(outputs, management, "DisableAWSServiceAccess", "{\"ServicePrincipal\": \"sso.amazonaws.com\"}");

		org(outputs, joiner, "LeaveOrganization", "{}");
		org(outputs, management, "RemoveAccountFromOrganization", "{\"AccountId\": \"" + created + "\"}");
		org(outputs, management, "DeleteOrganization", "{}");

		ApiAccount billing = newApiAccount("Conformance billing");
		ApiAccount invited = newApiAccount("Conformance invited");
		org(outputs, billing, "CreateOrganization", "{\"FeatureSet\": \"CONSOLIDATED_BILLING\"}");
		String join = org(outputs, billing, "InviteAccountToOrganization", "{\"Target\": {\"Id\": \"" + invited.account().email()
				+ "\", \"Type\": \"EMAIL\"}}").path("Handshake").path("Id").asString();
		org(outputs, invited, "AcceptHandshake", "{\"HandshakeId\": \"" + join + "\"}");
		org(outputs, billing, "EnableAllFeatures", "{}");
		org(outputs, invited, "ListHandshakesForAccount", "{\"MaxResults\": 1}");
	}

	private void stsScenario(Outputs outputs) {
		HttpResponse<String> response = this.http.query(this.caller.accessKeyId(), this.caller.secretAccessKey(),
				"Action=GetCallerIdentity&Version=2011-06-15");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Matcher result = Pattern.compile("<GetCallerIdentityResult>(.*)</GetCallerIdentityResult>", Pattern.DOTALL)
			.matcher(response.body());
		assertThat(result.find()).as(response.body()).isTrue();
		ObjectNode members = ApiJson.MAPPER.createObjectNode();
		Matcher element = Pattern.compile("<(\\w+)>([^<]*)</\\1>").matcher(result.group(1));
		while (element.find()) {
			members.put(element.group(1), element.group(2));
		}
		outputs.called.add(ApiService.STS.target("GetCallerIdentity"));
		outputs.observe(MACHINE.get().model(ApiService.STS).path("shapes"), "GetCallerIdentityResponse", members);
	}

	// ------------------------------------------------------------------ helpers

	private List<ApiOperation<?>> operations() {
		Map<String, ApiOperation<?>> byTarget = new LinkedHashMap<>();
		this.implemented.forEach((bean) -> bean.operations().forEach((operation) -> byTarget.put(operation.target(), operation)));
		return List.copyOf(byTarget.values());
	}

	private HttpResponse<String> callJson(ApiService service, String operation, String body) {
		if (service.isQueryProtocol()) {
			throw new IllegalStateException("No query-protocol operation of dirshare takes input: " + operation);
		}
		String region = "us-east-1";
		return this.http.json(this.caller.accessKeyId(), this.caller.secretAccessKey(), service.signingName(), region,
				service.target(operation), body);
	}

	private static String textOrNull(JsonNode node) {
		return node.isMissingNode() ? null : node.asString();
	}

}
