package io.dirshare.api;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.dirshare.test.FuzzTarget;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test of the AWS API's wire behaviour, knowing nothing of dirshare's insides: bodies built from
 * the AWS service models' member names (with the fixture's real IDs, edge numbers, odd strings, wrong
 * types), and such bodies mutated byte by byte or replaced by hostile JSON, sent correctly signed to every
 * operation. Whatever arrives, the answer is never a 5xx, a refusal is always AWS's error shape (JSON with
 * {@code __type} and {@code Message}, header {@code x-amzn-ErrorType}), and a refused call changes no row.
 * Fixed seed and number of tries, so a run is repeatable and its time bounded.
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

	private static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();

	private static FuzzTarget target;

	private static FuzzTarget.Fixture fixture;

	private static SignedCalls calls;

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

	@BeforeContainer
	static void startTheApplication() {
		target = FuzzTarget.get();
		fixture = target.newFixture();
		calls = new SignedCalls(URI.create("http://127.0.0.1:" + target.port()), fixture.accessKeyId(),
				fixture.secretAccessKey());
	}

	@Property(tries = 2500, seed = "20261130", edgeCases = EdgeCasesMode.NONE)
	void everyRefusalIsAnAwsErrorAndChangesNothing(@ForAll("calls") Call call) {
		TreeMap<String, Long> before = target.rowCounts();

		HttpResponse<String> response = calls.send(call.target(), SignedCalls.JSON, call.body());

		String errorType = response.headers().firstValue("x-amzn-ErrorType").orElse("");
		Statistics.label("operation").collect(call.operation());
		Statistics.label("answer").collect(response.statusCode() + " " + errorType);
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

	@Provide
	Arbitrary<Call> calls() {
		Arbitrary<String> targets = Arbitraries.frequencyOf(
				Tuple.of(30, Arbitraries.of(List.copyOf(OPERATIONS.keySet()))),
				Tuple.of(1, Arbitraries.of(DS + "MakeCoffee", ORGS + "describeorganization",
						ORGS + "DescribeOrganization ", "DirectoryService_20150416", DS + "")));
		return targets.flatMap((operation) -> body(OPERATIONS.getOrDefault(operation, List.of("DirectoryId")))
			.map((body) -> new Call(operation, body)));
	}

	private Arbitrary<byte[]> body(List<String> members) {
		Arbitrary<byte[]> generated = object(members, 2).map(ApiFuzzTests::json);
		return Arbitraries.frequencyOf(Tuple.of(6, generated),
				Tuple.of(3, generated.flatMap(ApiFuzzTests::mutated)),
				Tuple.of(1, hostileBodies()));
	}

	/** An object of some of the members (each a plausible or an arbitrary value), sometimes with others. */
	private Arbitrary<Map<String, Object>> object(List<String> members, int depth) {
		Arbitrary<List<String>> keys = Arbitraries.subsetOf(members).map(ArrayList::new);
		Arbitrary<List<String>> withExtra = keys.flatMap((chosen) -> Arbitraries.of("", "Unknown", "directoryId",
				"__type", "NextToken", "Limit", "Id").list().ofMaxSize(2).map((extra) -> {
					List<String> all = new ArrayList<>(chosen);
					all.addAll(extra);
					return all;
				}));
		return withExtra.flatMap((chosen) -> {
			if (chosen.isEmpty()) {
				return Arbitraries.just(Map.of());
			}
			List<Arbitrary<Object>> values = chosen.stream().map((member) -> member(member, depth)).toList();
			return Combinators.combine(values).as((list) -> {
				Map<String, Object> object = new LinkedHashMap<>();
				for (int i = 0; i < chosen.size(); i++) {
					object.put(chosen.get(i), list.get(i));
				}
				return object;
			});
		});
	}

	private Arbitrary<Object> member(String member, int depth) {
		return Arbitraries.frequencyOf(Tuple.of(3, plausible(member, depth)),
				Tuple.of(1, anyValue(depth)));
	}

	/** Values a real client might send for the member: the fixture's IDs, enum values, edge numbers. */
	@SuppressWarnings("unchecked")
	private Arbitrary<Object> plausible(String member, int depth) {
		Arbitrary<?> values = switch (member) {
			case "DirectoryId", "OwnerDirectoryId" -> Arbitraries.of(fixture.directoryId(), fixture.sharedDirectoryId(),
					"d-0000000000", "d-123", "D-" + fixture.directoryId().substring(2), "");
			case "SharedDirectoryId" -> Arbitraries.of(fixture.sharedDirectoryId(), fixture.directoryId(), "d-9999999999");
			case "DirectoryIds", "SharedDirectoryIds" -> Arbitraries
				.of(fixture.directoryId(), fixture.sharedDirectoryId(), "d-1111111111", "x")
				.list()
				.ofMaxSize(120);
			case "AccountId", "Id" -> Arbitraries.of(fixture.memberId(), fixture.outsiderId(), fixture.managementId(),
					"000000000000", "12345", "someone@example.com");
			case "HandshakeId", "ParentHandshakeId" -> Arbitraries.of(fixture.handshakeId(), "h-0000000000", "h-1");
			case "NextToken" -> nextTokens();
			case "Limit", "MaxResults" -> Arbitraries.of(0, 1, 2, 20, 21, 100, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
			case "ShareMethod" -> Arbitraries.of("HANDSHAKE", "ORGANIZATIONS", "handshake", "");
			case "Type" -> Arbitraries.of("ACCOUNT", "EMAIL", "ORGANIZATION", "account");
			case "Edition" -> Arbitraries.of("Standard", "Enterprise", "standard");
			case "FeatureSet" -> Arbitraries.of("ALL", "CONSOLIDATED_BILLING", "NONE");
			case "ServicePrincipal" -> Arbitraries.of("ds.amazonaws.com", "s3.amazonaws.com", "");
			case "RegionName" -> Arbitraries.of("us-east-1", "us-west-2", "eu-west-1", "cn-northwest-1", "xx-nowhere-9");
			case "Name" -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
				.map((name) -> name + ".example.com");
			case "ShortName" -> Arbitraries.of("CORP", "corp-1", "");
			case "Password" -> Arbitraries.of("Valid-Passw0rd", "short", "alllowercaseletters");
			case "ShareTarget", "UnshareTarget", "Target" -> (depth > 0) ? object(List.of("Id", "Type"), depth - 1)
					: anyValue(0);
			case "VpcSettings", "VPCSettings" -> (depth > 0) ? object(List.of("VpcId", "SubnetIds"), depth - 1)
					: anyValue(0);
			case "SubnetIds" -> Arbitraries.of("subnet-11111111", "subnet-22222222").list().ofMaxSize(3);
			case "VpcId" -> Arbitraries.of("vpc-12345678", "");
			case "Filter" -> (depth > 0) ? object(List.of("ActionType", "ParentHandshakeId"), depth - 1) : anyValue(0);
			case "ActionType" -> Arbitraries.of("INVITE", "ENABLE_ALL_FEATURES", "APPROVE_ALL_FEATURES", "NOPE");
			case "Tags" -> (depth > 0) ? object(List.of("Key", "Value"), depth - 1).list().ofMaxSize(3) : anyValue(0);
			case "ShareNotes", "Notes", "Description" -> strings();
			default -> anyValue(depth);
		};
		return (Arbitrary<Object>) values;
	}

	private static Arbitrary<String> nextTokens() {
		Arbitrary<String> crafted = Combinators
			.combine(Arbitraries.of(OPERATIONS.keySet().stream().map((t) -> t.substring(t.indexOf('.') + 1)).toList()),
					Arbitraries.of("0", "1", "20", "-1", "1000000", "1000001", "2147483647", "2147483648",
							"99999999999999999999", "1e3", "", "abc"))
			.as((operation, offset) -> Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((operation + ":" + offset).getBytes(StandardCharsets.UTF_8)));
		return Arbitraries.oneOf(crafted, Arbitraries.of("", "garbage", "%%%", "AAAA", "=="), strings());
	}

	/** Strings with control characters, quotes, markup, non-Latin scripts, emoji, and some very long. */
	private static Arbitrary<String> strings() {
		Arbitrary<String> odd = Arbitraries.strings()
			.withCharRange('\u0000', '\u007f')
			.withCharRange('\u0080', '\u024f')
			.withCharRange('\u4e00', '\u4e20')
			.withChars('\u0130', '\u202e', '\ufeff', '\u2028')
			.ofMaxLength(40);
		Arbitrary<String> emoji = Arbitraries.of("\ud83d\ude00", "<script>alert(1)</script>", "' OR '1'='1",
				"${jndi:ldap://x}", "{{7*7}}", "../../etc/passwd", "\u0000", "%00", "\\", "\"");
		Arbitrary<String> long_ = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1000).ofMaxLength(5000);
		return Arbitraries.frequencyOf(Tuple.of(6, odd), Tuple.of(2, emoji),
				Tuple.of(1, long_));
	}

	/** Any JSON value: strings, edge numbers, booleans, null, arrays, objects of arbitrary members. */
	@SuppressWarnings("unchecked")
	private Arbitrary<Object> anyValue(int depth) {
		List<Arbitrary<?>> kinds = new ArrayList<>(List.of(strings(), Arbitraries.integers(),
				Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1),
				Arbitraries.of(new BigInteger("9".repeat(40)), BigInteger.valueOf(-1)),
				Arbitraries.of(0.5, -0.0, 1e300, Double.MIN_VALUE), Arbitraries.of(true, false),
				Arbitraries.just(null)));
		if (depth > 0) {
			kinds.add(Arbitraries.lazy(() -> anyValue(depth - 1)).list().ofMaxSize(4));
			kinds.add(Arbitraries.lazy(() -> object(List.of("Id", "Type", "Value", "DirectoryId"), depth - 1)));
		}
		return (Arbitrary<Object>) (Arbitrary<?>) Arbitraries.oneOf((List) kinds);
	}

	/** A body broken on purpose: cut short, a byte changed, bytes that are not UTF-8 inserted. */
	private static Arbitrary<byte[]> mutated(byte[] body) {
		Arbitrary<Integer> position = Arbitraries.integers().between(0, body.length);
		Arbitrary<byte[]> cut = position.map((at) -> slice(body, 0, at));
		Arbitrary<byte[]> flipped = Combinators.combine(position, Arbitraries.bytes())
			.as((at, value) -> {
				byte[] copy = body.clone();
				if (copy.length > 0) {
					copy[Math.min(at, copy.length - 1)] = value;
				}
				return copy;
			});
		Arbitrary<byte[]> inserted = Combinators
			.combine(position, Arbitraries.of(new byte[] { (byte) 0xc3, 0x28 }, new byte[] { (byte) 0xff },
					new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, new byte[] { 0 }, "\"".getBytes(),
					"}".getBytes(), ",".getBytes(), "{".getBytes()))
			.as((at, bytes) -> {
				byte[] copy = new byte[body.length + bytes.length];
				System.arraycopy(body, 0, copy, 0, at);
				System.arraycopy(bytes, 0, copy, at, bytes.length);
				System.arraycopy(body, at, copy, at + bytes.length, body.length - at);
				return copy;
			});
		return Arbitraries.oneOf(cut, flipped, inserted);
	}

	/** Whole bodies that attack the parser rather than the operation. */
	private static Arbitrary<byte[]> hostileBodies() {
		return Arbitraries.of("", " ", "null", "[]", "\"text\"", "12", "true", "{", "}", "{}{}", "\ufeff{}",
				"{\"a\":" + "[".repeat(3000), "{\"a\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501),
				"{\"Limit\": 1e999999}", "{\"Limit\": " + "9".repeat(2000) + "}", "{\"Limit\": 5.5}",
				"{\"DirectoryId\":\"d-1234567890\",\"DirectoryId\":{}}", "{\"NextToken\":" + "\"a\"".repeat(2) + "}",
				"{\"Name\": \"\\ud800\"}", "{\"DirectoryIds\": [" + "\"d-1234567890\",".repeat(5000) + "\"x\"]}",
				"{\"ShareTarget\": []}", "{\"Filter\": \"INVITE\"}", "{'a': 1}", "{\"a\" 1}", "\u0000")
			.map((text) -> text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] json(Map<String, Object> object) {
		return PLAIN_JSON.writeValueAsBytes(object);
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		byte[] copy = new byte[to - from];
		System.arraycopy(bytes, from, copy, 0, copy.length);
		return copy;
	}

}
