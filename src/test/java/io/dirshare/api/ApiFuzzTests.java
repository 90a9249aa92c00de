package io.dirshare.api;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.dirshare.test.FuzzTarget;
import io.dirshare.test.Generator;
import io.dirshare.test.SeededProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.dirshare.test.Generator.chars;
import static io.dirshare.test.Generator.weight;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test of the AWS API's wire behaviour, knowing nothing of dirshare's insides: bodies built from
 * the AWS service models' member names (with the fixture's real IDs, edge numbers, odd strings, wrong
 * types), and such bodies mutated byte by byte or replaced by hostile JSON, sent correctly signed to every
 * operation. Whatever arrives, the answer is never a 5xx, a refusal is always AWS's error shape (JSON with
 * {@code __type} and {@code Message}, header {@code x-amzn-ErrorType}), and a refused call changes no row.
 * Fixed seed and number of tries ({@link SeededProperty}), so a run is repeatable and its time bounded.
 */
class ApiFuzzTests {

	private static final String DS = "DirectoryService_20150416.";

	private static final String ORGS = "AWSOrganizationsV20161128.";

	/** Every operation dirshare implements, with its input members as the AWS service model names them. */
	private static final Map<String, List<String>> OPERATIONS = new TreeMap<>(Map.ofEntries(
			Map.entry(DS + "CreateMicrosoftAD",
					List.of("Name", "ShortName", "Password", "Description", "VpcSettings", "Edition", "Tags")),
			Map.entry(DS + "DescribeDirectories", List.of("DirectoryIds", "NextToken", "Limit")),
			Map.entry(DS + "DeleteDirectory", List.of("DirectoryId")),
			Map.entry(DS + "AddRegion", List.of("DirectoryId", "RegionName", "VPCSettings")),
			Map.entry(DS + "RemoveRegion", List.of("DirectoryId")),
			Map.entry(DS + "DescribeRegions", List.of("DirectoryId", "RegionName", "NextToken")),
			Map.entry(DS + "ShareDirectory", List.of("DirectoryId", "ShareNotes", "ShareTarget", "ShareMethod")),
			Map.entry(DS + "AcceptSharedDirectory", List.of("SharedDirectoryId")),
			Map.entry(DS + "RejectSharedDirectory", List.of("SharedDirectoryId")),
			Map.entry(DS + "UnshareDirectory", List.of("DirectoryId", "UnshareTarget")),
			Map.entry(DS + "DescribeSharedDirectories",
					List.of("OwnerDirectoryId", "SharedDirectoryIds", "NextToken", "Limit")),
			Map.entry(ORGS + "CreateOrganization", List.of("FeatureSet")),
			Map.entry(ORGS + "DescribeOrganization", List.of()),
			Map.entry(ORGS + "ListAccounts", List.of("NextToken", "MaxResults")),
			Map.entry(ORGS + "DescribeAccount", List.of("AccountId")),
			Map.entry(ORGS + "InviteAccountToOrganization", List.of("Target", "Notes", "Tags")),
			Map.entry(ORGS + "ListHandshakesForAccount", List.of("Filter", "NextToken", "MaxResults")),
			Map.entry(ORGS + "ListHandshakesForOrganization", List.of("Filter", "NextToken", "MaxResults")),
			Map.entry(ORGS + "AcceptHandshake", List.of("HandshakeId")),
			Map.entry(ORGS + "DeclineHandshake", List.of("HandshakeId")),
			Map.entry(ORGS + "CancelHandshake", List.of("HandshakeId")),
			Map.entry(ORGS + "EnableAWSServiceAccess", List.of("ServicePrincipal")),
			Map.entry(ORGS + "DisableAWSServiceAccess", List.of("ServicePrincipal")),
			Map.entry(ORGS + "ListAWSServiceAccessForOrganization", List.of("NextToken", "MaxResults"))));

	private static final List<String> KNOWN_TARGETS = List.copyOf(OPERATIONS.keySet());

	/** Targets no operation answers to: made up, misspelt, with a trailing space, without an operation. */
	private static final List<String> UNKNOWN_TARGETS = List.of(DS + "MakeCoffee", ORGS + "describeorganization",
			ORGS + "DescribeOrganization ", "DirectoryService_20150416", DS + "");

	private static final List<String> OPERATION_NAMES = OPERATIONS.keySet()
		.stream()
		.map((t) -> t.substring(t.indexOf('.') + 1))
		.toList();

	private static final List<String> EXTRA_MEMBERS = List.of("", "Unknown", "directoryId", "__type", "NextToken",
			"Limit", "Id");

	/** ASCII with its control characters, Latin letters, some CJK, a right-to-left override, a BOM, a line separator. */
	private static final String ODD_CHARS = chars('\u0000', '\u007f') + chars('\u0080', '\u024f')
			+ chars('\u4e00', '\u4e20') + "\u0130\u202e\ufeff\u2028";

	private static final String LOWERCASE = chars('a', 'z');

	private static final List<byte[]> BROKEN_BYTES = List.of(new byte[] { (byte) 0xc3, 0x28 },
			new byte[] { (byte) 0xff }, new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, new byte[] { 0 },
			"\"".getBytes(), "}".getBytes(), ",".getBytes(), "{".getBytes());

	/** Whole bodies that attack the parser rather than the operation. */
	private static final List<String> HOSTILE_BODIES = List.of("", " ", "null", "[]", "\"text\"", "12", "true", "{",
			"}", "{}{}", "\ufeff{}", "{\"a\":" + "[".repeat(3000),
			"{\"a\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501), "{\"Limit\": 1e999999}",
			"{\"Limit\": " + "9".repeat(2000) + "}", "{\"Limit\": 5.5}",
			"{\"DirectoryId\":\"d-1234567890\",\"DirectoryId\":{}}", "{\"NextToken\":" + "\"a\"".repeat(2) + "}",
			"{\"Name\": \"\\ud800\"}", "{\"DirectoryIds\": [" + "\"d-1234567890\",".repeat(5000) + "\"x\"]}",
			"{\"ShareTarget\": []}", "{\"Filter\": \"INVITE\"}", "{'a': 1}", "{\"a\" 1}", "\u0000");

	private static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();

	private static FuzzTarget target;

	private static FuzzTarget.Fixture fixture;

	private static SignedCalls calls;

	private final SeededProperty property = new SeededProperty("ApiFuzzTests", 20261130L, 2500);

	/** One request: the operation and the exact bytes of its body. */
	record Call(String target, byte[] body) {

		String operation() {
			return this.target.substring(this.target.indexOf('.') + 1);
		}

		@Override
		public String toString() {
			String text = new String(this.body, StandardCharsets.UTF_8);
			return this.target + " " + ((text.length() <= 400) ? text : text.substring(0, 400) + "...");
		}

	}

	@BeforeAll
	static void startTheApplication() {
		target = FuzzTarget.get();
		fixture = target.newFixture();
		calls = new SignedCalls(URI.create("http://127.0.0.1:" + target.port()), fixture.accessKeyId(),
				fixture.secretAccessKey());
	}

	@Test
	void everyRefusalIsAnAwsErrorAndChangesNothing() {
		this.property.forAll(this::call, this::sendAndCheck);
	}

	private void sendAndCheck(Call call) {
		TreeMap<String, Long> before = target.rowCounts();

		HttpResponse<String> response = calls.send(call.target(), SignedCalls.JSON, call.body());

		String errorType = response.headers().firstValue("x-amzn-ErrorType").orElse("");
		this.property.collect("operation", call.operation());
		this.property.collect("answer", response.statusCode() + " " + errorType);
		assertThat(response.statusCode()).as("%s -> %s", call, response.body()).isLessThan(500);
		if (response.statusCode() >= 400) {
			assertAwsError(call, response);
			assertThat(target.rowCounts()).as("rows after refused %s", call).isEqualTo(before);
		}
		else {
			assertThat(response.statusCode()).as("%s -> %s", call, response.body()).isEqualTo(200);
			assertThat(PLAIN_JSON.readTree(response.body()).isObject()).isTrue();
		}
	}

	private static void assertAwsError(Call call, HttpResponse<String> response) {
		String errorType = response.headers().firstValue("x-amzn-ErrorType").orElse(null);
		assertThat(errorType).as("x-amzn-ErrorType of %s", call).isNotBlank();
		assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", call)
			.hasValue(SignedCalls.JSON);
		JsonNode body = PLAIN_JSON.readTree(response.body());
		assertThat(body.path("__type").asString()).as("__type of %s", call).isEqualTo(errorType);
		assertThat(body.path("Message").isString()).as("Message of %s: %s", call, response.body()).isTrue();
	}

	/** Mostly an operation dirshare implements, once in 31 an unknown target (with a DirectoryId body). */
	private Call call(Generator gen) {
		String operation = gen.frequencyOf(weight(30, () -> gen.pick(KNOWN_TARGETS)),
				weight(1, () -> gen.pick(UNKNOWN_TARGETS)));
		return new Call(operation, body(gen, OPERATIONS.getOrDefault(operation, List.of("DirectoryId"))));
	}

	/** A generated body (6 in 10), a generated body broken on purpose (3 in 10), or a hostile one (1 in 10). */
	private byte[] body(Generator gen, List<String> members) {
		return gen.frequencyOf(weight(6, () -> json(object(gen, members, 2))),
				weight(3, () -> mutated(gen, json(object(gen, members, 2)))),
				weight(1, () -> gen.pick(HOSTILE_BODIES).getBytes(StandardCharsets.UTF_8)));
	}

	/** An object of some of the members (each a plausible or an arbitrary value), sometimes with others. */
	private Map<String, Object> object(Generator gen, List<String> members, int depth) {
		List<String> chosen = gen.subsetOf(members);
		chosen.addAll(gen.listOf(2, () -> gen.pick(EXTRA_MEMBERS)));
		Map<String, Object> object = new LinkedHashMap<>();
		for (String member : chosen) {
			object.put(member, member(gen, member, depth));
		}
		return object;
	}

	/** A plausible value 3 times in 4, any value otherwise. */
	private Object member(Generator gen, String member, int depth) {
		return gen.frequencyOf(weight(3, () -> plausible(gen, member, depth)), weight(1, () -> anyValue(gen, depth)));
	}

	/** Values a real client might send for the member: the fixture's IDs, enum values, edge numbers. */
	private Object plausible(Generator gen, String member, int depth) {
		return switch (member) {
			case "DirectoryId", "OwnerDirectoryId" -> gen.pick(fixture.directoryId(), fixture.sharedDirectoryId(),
					"d-0000000000", "d-123", "D-" + fixture.directoryId().substring(2), "");
			case "SharedDirectoryId" -> gen.pick(fixture.sharedDirectoryId(), fixture.directoryId(), "d-9999999999");
			case "DirectoryIds", "SharedDirectoryIds" -> gen.listOf(120,
					() -> gen.pick(fixture.directoryId(), fixture.sharedDirectoryId(), "d-1111111111", "x"));
			case "AccountId", "Id" -> gen.pick(fixture.memberId(), fixture.outsiderId(), fixture.managementId(),
					"000000000000", "12345", "someone@example.com");
			case "HandshakeId", "ParentHandshakeId" -> gen.pick(fixture.handshakeId(), "h-0000000000", "h-1");
			case "NextToken" -> nextToken(gen);
			case "Limit", "MaxResults" -> gen.pick(0, 1, 2, 20, 21, 100, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
			case "ShareMethod" -> gen.pick("HANDSHAKE", "ORGANIZATIONS", "handshake", "");
			case "Type" -> gen.pick("ACCOUNT", "EMAIL", "ORGANIZATION", "account");
			case "Edition" -> gen.pick("Standard", "Enterprise", "standard");
			case "FeatureSet" -> gen.pick("ALL", "CONSOLIDATED_BILLING", "NONE");
			case "ServicePrincipal" -> gen.pick("ds.amazonaws.com", "s3.amazonaws.com", "");
			case "RegionName" -> gen.pick("us-east-1", "us-west-2", "eu-west-1", "cn-northwest-1", "xx-nowhere-9");
			case "Name" -> gen.string(LOWERCASE, 1, 12) + ".example.com";
			case "ShortName" -> gen.pick("CORP", "corp-1", "");
			case "Password" -> gen.pick("Valid-Passw0rd", "short", "alllowercaseletters");
			case "ShareTarget", "UnshareTarget", "Target" -> (depth > 0)
					? object(gen, List.of("Id", "Type"), depth - 1) : anyValue(gen, 0);
			case "VpcSettings", "VPCSettings" -> (depth > 0) ? object(gen, List.of("VpcId", "SubnetIds"), depth - 1)
					: anyValue(gen, 0);
			case "SubnetIds" -> gen.listOf(3, () -> gen.pick("subnet-11111111", "subnet-22222222"));
			case "VpcId" -> gen.pick("vpc-12345678", "");
			case "Filter" -> (depth > 0) ? object(gen, List.of("ActionType", "ParentHandshakeId"), depth - 1)
					: anyValue(gen, 0);
			case "ActionType" -> gen.pick("INVITE", "ENABLE_ALL_FEATURES", "APPROVE_ALL_FEATURES", "NOPE");
			case "Tags" -> (depth > 0) ? gen.listOf(3, () -> object(gen, List.of("Key", "Value"), depth - 1))
					: anyValue(gen, 0);
			case "ShareNotes", "Notes", "Description" -> string(gen);
			default -> anyValue(gen, depth);
		};
	}

	/** A pagination token crafted the way dirshare's look (operation and offset), junk, or any string. */
	private static String nextToken(Generator gen) {
		return gen.oneOf(() -> {
			String operation = gen.pick(OPERATION_NAMES);
			String offset = gen.pick("0", "1", "20", "-1", "1000000", "1000001", "2147483647", "2147483648",
					"99999999999999999999", "1e3", "", "abc");
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((operation + ":" + offset).getBytes(StandardCharsets.UTF_8));
		}, () -> gen.pick("", "garbage", "%%%", "AAAA", "=="), () -> string(gen));
	}

	/** Strings with control characters, quotes, markup, non-Latin scripts, emoji, and some very long. */
	private static String string(Generator gen) {
		return gen.frequencyOf(weight(6, () -> gen.string(ODD_CHARS, 0, 40)),
				weight(2, () -> gen.pick("\ud83d\ude00", "<script>alert(1)</script>", "' OR '1'='1", "${jndi:ldap://x}",
						"{{7*7}}", "../../etc/passwd", "\u0000", "%00", "\\", "\"")),
				weight(1, () -> gen.string(LOWERCASE, 1000, 5000)));
	}

	/** Any JSON value: strings, edge numbers, booleans, null, arrays, objects of arbitrary members. */
	private Object anyValue(Generator gen, int depth) {
		List<Supplier<Object>> kinds = new ArrayList<>(List.of(() -> string(gen), gen::anyInt,
				() -> gen.pick(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1),
				() -> gen.pick(new BigInteger("9".repeat(40)), BigInteger.valueOf(-1)),
				() -> gen.pick(0.5, -0.0, 1e300, Double.MIN_VALUE), () -> gen.pick(true, false), () -> null));
		if (depth > 0) {
			kinds.add(() -> gen.listOf(4, () -> anyValue(gen, depth - 1)));
			kinds.add(() -> object(gen, List.of("Id", "Type", "Value", "DirectoryId"), depth - 1));
		}
		return gen.pick(kinds).get();
	}

	/** A body broken on purpose: cut short, a byte changed, or bytes that are not UTF-8 (or JSON) inserted. */
	private static byte[] mutated(Generator gen, byte[] body) {
		int at = gen.between(0, body.length);
		return gen.oneOf(() -> Arrays.copyOfRange(body, 0, at), () -> {
			byte[] copy = body.clone();
			byte value = gen.anyByte();
			if (copy.length > 0) {
				copy[Math.min(at, copy.length - 1)] = value;
			}
			return copy;
		}, () -> {
			byte[] bytes = gen.pick(BROKEN_BYTES);
			byte[] copy = new byte[body.length + bytes.length];
			System.arraycopy(body, 0, copy, 0, at);
			System.arraycopy(bytes, 0, copy, at, bytes.length);
			System.arraycopy(body, at, copy, at + bytes.length, body.length - at);
			return copy;
		});
	}

	private static byte[] json(Map<String, Object> object) {
		return PLAIN_JSON.writeValueAsBytes(object);
	}

}
