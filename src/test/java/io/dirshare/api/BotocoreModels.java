package io.dirshare.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;

/**
 * The AWS service models of the botocore installed on this machine (not dirshare's copy), so a test can
 * hold dirshare against what AWS's own SDK says: {@code -Dbotocore.data=<dir>}, else the data folder of
 * the {@code botocore} package {@code python3} imports.
 */
final class BotocoreModels {

	private static final Map<ApiService, String> FOLDERS = Map.of(ApiService.DIRECTORY_SERVICE, "ds/2015-04-16",
			ApiService.ORGANIZATIONS, "organizations/2016-11-28", ApiService.STS, "sts/2011-06-15");

	private final Map<ApiService, JsonNode> models;

	private final Path data;

	private BotocoreModels(Path data, Map<ApiService, JsonNode> models) {
		this.data = data;
		this.models = models;
	}

	JsonNode model(ApiService service) {
		return this.models.get(service);
	}

	Path data() {
		return this.data;
	}

	/** The models, or empty when no botocore is found here. */
	static Optional<BotocoreModels> find() {
		Optional<Path> data = Optional.ofNullable(System.getProperty("botocore.data")).map(Paths::get)
			.or(BotocoreModels::fromPython)
			.filter(Files::isDirectory);
		if (data.isEmpty()) {
			return Optional.empty();
		}
		Map<ApiService, JsonNode> models = new EnumMap<>(ApiService.class);
		for (Map.Entry<ApiService, String> folder : FOLDERS.entrySet()) {
			Path dir = data.get().resolve(folder.getValue());
			Path gzipped = dir.resolve("service-2.json.gz");
			Path plain = dir.resolve("service-2.json");
			try {
				if (Files.exists(gzipped)) {
					try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
						models.put(folder.getKey(), ApiJson.MAPPER.readTree(in));
					}
				}
				else if (Files.exists(plain)) {
					models.put(folder.getKey(), ApiJson.MAPPER.readTree(Files.readString(plain)));
				}
				else {
					return Optional.empty();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Optional.of(new BotocoreModels(data.get(), models));
	}

	private static Optional<Path> fromPython() {
		try {
			Process python = new ProcessBuilder("python3", "-c",
					"import botocore, os; print(os.path.dirname(botocore.__file__))")
				.redirectErrorStream(true)
				.start();
			String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (!python.waitFor(30, TimeUnit.SECONDS) || python.exitValue() != 0) {
				return Optional.empty();
			}
			return Optional.of(Paths.get(out, "data"));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
