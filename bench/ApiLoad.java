import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The benchmark's AWS client (bench/run), with no dependency but the JDK: it signs JSON-protocol calls with
 * SigV4 exactly as the AWS SDKs do (Host, X-Amz-Date, X-Amz-Target, X-Amz-Content-Sha256, Content-Type signed).
 * <ul>
 * <li>{@code call ENDPOINT SERVICE KEY SECRET TARGET BODY}: one call; prints the status line and the body.</li>
 * <li>{@code wrk ENDPOINT SERVICE KEY SECRET TARGET BODY FILE}: writes a wrk Lua script that replays one
 * signed request (valid for the 15 minutes of the server's clock skew window).</li>
 * <li>{@code writes ENDPOINT THREADS SECONDS OWNER_KEY OWNER_SECRET CONSUMER_ACCOUNT CONSUMER_KEY CONSUMER_SECRET
 * DIRECTORY...}: share → accept → unshare cycles, one directory per thread; prints cycles/s and refusals.</li>
 * <li>{@code directories ENDPOINT KEY SECRET COUNT}: creates COUNT directories (CreateMicrosoftAD), waits until
 * they are Active and prints their IDs.</li>
 * </ul>
 * SERVICE is {@code ds} or {@code organizations}; the Region is us-east-1.
 */
public final class ApiLoad {

	private static final String REGION = "us-east-1";

	private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

	private static final Map<String, String> TARGET_PREFIX = Map.of("ds", "DirectoryService_20150416.",
			"organizations", "AWSOrganizationsV20161128.");

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final Pattern SHARED_DIRECTORY_ID = Pattern.compile("\"SharedDirectoryId\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern ERROR_TYPE = Pattern.compile("\"__type\"\\s*:\\s*\"([^\"]+)\"");

	private ApiLoad() {
	}

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "call" -> {
				Signer signer = new Signer(args[2], args[3], args[4]);
				HttpResponse<String> response = send(HttpClient.newHttpClient(), URI.create(args[1]), signer, args[5],
						args[6]);
				System.out.println(response.statusCode());
				System.out.println(response.body());
				System.exit((response.statusCode() == 200) ? 0 : 1);
			}
			case "wrk" -> writeWrkScript(URI.create(args[1]), new Signer(args[2], args[3], args[4]), args[5], args[6],
					Path.of(args[7]));
			case "writes" -> writes(args);
			case "directories" -> directories(URI.create(args[1]), new Signer("ds", args[2], args[3]),
					Integer.parseInt(args[4]));
			default -> throw new IllegalArgumentException("call | wrk | writes, not " + args[0]);
		}
	}

	/** The headers of one signed call, Host included (the wrk script sends it as signed). */
	static Map<String, String> signedHeaders(URI endpoint, Signer signer, String operation, String body) {
		String host = endpoint.getHost() + ((endpoint.getPort() > 0) ? ":" + endpoint.getPort() : "");
		Map<String, String> headers = new TreeMap<>();
		headers.put("content-type", CONTENT_TYPE);
		headers.put("host", host);
		headers.put("x-amz-content-sha256", hex(sha256(body.getBytes(StandardCharsets.UTF_8))));
		headers.put("x-amz-date", AMZ_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
		headers.put("x-amz-target", TARGET_PREFIX.get(signer.service) + operation);
		headers.put("authorization", signer.authorization(headers, body));
		return headers;
	}

	private static HttpResponse<String> send(HttpClient client, URI endpoint, Signer signer, String operation,
			String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		signedHeaders(endpoint, signer, operation, body).forEach((name, value) -> {
			if (!name.equals("host")) {
				request.header(name, value);
			}
		});
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void writeWrkScript(URI endpoint, Signer signer, String operation, String body, Path file)
			throws IOException {
		StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\n");
		lua.append("wrk.path = \"/\"\n");
		lua.append("wrk.body = ").append(luaString(body)).append('\n');
		for (var header : signedHeaders(endpoint, signer, operation, body).entrySet()) {
			lua.append("wrk.headers[").append(luaString(headerCase(header.getKey()))).append("] = ")
				.append(luaString(header.getValue())).append('\n');
		}
		// Count the answers that are not 200, so a refused replay cannot pass for throughput.
		lua.append("""
				failures = 0
				local threads = {}
				function setup(thread) table.insert(threads, thread) end
				function response(status, headers, body) if status ~= 200 then failures = failures + 1 end end
				function done(summary, latency, requests)
				  local total = 0
				  for _, t in ipairs(threads) do total = total + (t:get("failures") or 0) end
				  io.write(string.format("non-200: %d\\n", total))
				end
				""");
		Files.writeString(file, lua);
	}

	private static void writes(String[] args) throws Exception {
		URI endpoint = URI.create(args[1]);
		int threads = Integer.parseInt(args[2]);
		long millis = (long) (Double.parseDouble(args[3]) * 1000);
		Signer owner = new Signer("ds", args[4], args[5]);
		String consumerAccount = args[6];
		Signer consumer = new Signer("ds", args[7], args[8]);
		List<String> directories = List.of(args).subList(9, args.length);
		if (directories.size() < threads) {
			throw new IllegalArgumentException(threads + " threads need as many directories");
		}
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		LongAdder cycles = new LongAdder();
		Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
		long end = System.nanoTime() + millis * 1_000_000;
		List<Thread> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			String directory = directories.get(i);
			Thread worker = new Thread(() -> {
				String target = "{\"Id\":\"" + consumerAccount + "\",\"Type\":\"ACCOUNT\"}";
				while (System.nanoTime() < end) {
					try {
						HttpResponse<String> shared = send(client, endpoint, owner, "ShareDirectory",
								"{\"DirectoryId\":\"" + directory + "\",\"ShareMethod\":\"HANDSHAKE\",\"ShareTarget\":"
										+ target + "}");
						if (refused(shared, "ShareDirectory", refusals)) {
							continue;
						}
						Matcher id = SHARED_DIRECTORY_ID.matcher(shared.body());
						id.find();
						HttpResponse<String> accepted = send(client, endpoint, consumer, "AcceptSharedDirectory",
								"{\"SharedDirectoryId\":\"" + id.group(1) + "\"}");
						refused(accepted, "AcceptSharedDirectory", refusals);
						HttpResponse<String> unshared = send(client, endpoint, owner, "UnshareDirectory",
								"{\"DirectoryId\":\"" + directory + "\",\"UnshareTarget\":" + target + "}");
						if (!refused(unshared, "UnshareDirectory", refusals)
								&& accepted.statusCode() == 200) {
							cycles.increment();
						}
					}
					catch (IOException ex) {
						refusals.computeIfAbsent("IOException", (k) -> new LongAdder()).increment();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			workers.add(worker);
			worker.start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("cycles %d seconds %.1f cycles/s %.1f refusals %s%n", cycles.sum(), seconds,
				cycles.sum() / seconds, refusals);
	}

	private static void directories(URI endpoint, Signer signer, int count) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		List<String> ids = new ArrayList<>();
		String run = Long.toString(System.currentTimeMillis(), 36);
		for (int i = 0; i < count; i++) {
			HttpResponse<String> created = send(client, endpoint, signer, "CreateMicrosoftAD", "{\"Name\":\"bench" + i
					+ "-" + run + ".example.com\",\"Password\":\"Bench-Passw0rd!\",\"Edition\":\"Enterprise\","
					+ "\"VpcSettings\":{\"VpcId\":\"vpc-0a1b2c3d\",\"SubnetIds\":[\"subnet-0a1b2c3d\",\"subnet-4e5f6a7b\"]}}");
			Matcher id = Pattern.compile("\"DirectoryId\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
			if (created.statusCode() != 200 || !id.find()) {
				throw new IllegalStateException("CreateMicrosoftAD: " + created.statusCode() + " " + created.body());
			}
			ids.add(id.group(1));
		}
		String query = "{\"DirectoryIds\":[\"" + String.join("\",\"", ids) + "\"]}";
		for (int attempt = 0; attempt < 120; attempt++) {
			String described = send(client, endpoint, signer, "DescribeDirectories", query).body();
			if (!described.contains("\"Creating\"")) {
				System.out.println(String.join(" ", ids));
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("directories still Creating after 60 s");
	}

	private static boolean refused(HttpResponse<String> response, String operation, Map<String, LongAdder> refusals) {
		if (response.statusCode() == 200) {
			return false;
		}
		Matcher type = ERROR_TYPE.matcher(response.body());
		String name = operation + ":" + (type.find() ? type.group(1) : "HTTP " + response.statusCode());
		refusals.computeIfAbsent(name, (k) -> new LongAdder()).increment();
		return true;
	}

	/** x-amz-date → X-Amz-Date: wrk adds its own Host unless "Host" is set in exactly that case. */
	private static String headerCase(String name) {
		StringBuilder cased = new StringBuilder(name.length());
		boolean start = true;
		for (char c : name.toCharArray()) {
			cased.append(start ? Character.toUpperCase(c) : c);
			start = (c == '-');
		}
		return cased.toString();
	}

	private static String luaString(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/** SigV4 for one access key and service, in us-east-1. */
	record Signer(String service, String accessKeyId, String secret) {

		/** @param headers lower-case names, sorted, all of them signed */
		String authorization(Map<String, String> headers, String body) {
			String amzDate = headers.get("x-amz-date");
			String date = amzDate.substring(0, 8);
			String scope = date + "/" + REGION + "/" + this.service + "/aws4_request";
			StringBuilder canonicalHeaders = new StringBuilder();
			headers.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value.trim()).append('\n'));
			String signedHeaders = String.join(";", headers.keySet());
			String canonicalRequest = "POST\n/\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
					+ headers.get("x-amz-content-sha256");
			String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
					+ hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
			byte[] key = hmac(("AWS4" + this.secret).getBytes(StandardCharsets.UTF_8), date);
			key = hmac(key, REGION);
			key = hmac(key, this.service);
			key = hmac(key, "aws4_request");
			return "AWS4-HMAC-SHA256 Credential=" + this.accessKeyId + "/" + scope + ", SignedHeaders=" + signedHeaders
					+ ", Signature=" + hex(hmac(key, stringToSign));
		}

		private static byte[] hmac(byte[] key, String data) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(key, "HmacSHA256"));
				return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
