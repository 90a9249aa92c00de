package io.dirshare.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's tables of what dirshare implements cannot drift: the operations table lists exactly
 * the operations the API registers, service by service, and the Terraform table exactly the resources
 * and data sources the Terraform modules of the suite use.
 */
class ReadmeTests extends ApiIntegrationTest {

	static final Path README = Paths.get("README.md");

	static final Pattern CODE = Pattern.compile("`([^`]+)`");

	@Autowired
	java.util.List<ApiOperations> implemented;

	@Test
	void theOperationsTableListsExactlyTheRegisteredOperations() throws IOException {
		Map<ApiService, Set<String>> registered = new EnumMap<>(ApiService.class);
		this.implemented.forEach((bean) -> bean.operations()
			.forEach((operation) -> registered.computeIfAbsent(operation.service(), (s) -> new TreeSet<>())
				.add(operation.name())));

		Map<ApiService, Set<String>> documented = new EnumMap<>(ApiService.class);
		for (String row : rows("operations")) {
			String[] cells = row.split("\\|");
			ApiService service = serviceOf(cells[1]);
			documented.put(service, codes(cells[2]));
		}

		assertThat(documented).isEqualTo(registered);
	}

	@Test
	void theTerraformTableListsExactlyWhatTheModulesUse() throws IOException {
		Set<String> used = new TreeSet<>();
		Pattern block = Pattern.compile("^(resource|data) \"(aws_\\w+)\"", Pattern.MULTILINE);
		for (Path root : new Path[] { TerraformTests.EXAMPLE, TerraformTests.MODULES }) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".tf")).toList()) {
					Matcher matcher = block.matcher(Files.readString(file));
					while (matcher.find()) {
						used.add(matcher.group(2) + (matcher.group(1).equals("data") ? " (data source)" : ""));
					}
				}
			}
		}

		Set<String> documented = new TreeSet<>();
		for (String row : rows("terraform")) {
			String cell = row.split("\\|")[1];
			Matcher name = CODE.matcher(cell);
			assertThat(name.find()).as(row).isTrue();
			documented.add(name.group(1) + (cell.contains("(data source)") ? " (data source)" : ""));
		}

		assertThat(documented).isEqualTo(used);
	}

	/** The table rows between {@code <!-- name:start -->} and {@code <!-- name:end -->}, without header. */
	private static java.util.List<String> rows(String name) throws IOException {
		String readme = Files.readString(README);
		int start = readme.indexOf("<!-- " + name + ":start -->");
		int end = readme.indexOf("<!-- " + name + ":end -->");
		assertThat(start).as("README marker " + name + ":start").isNotNegative();
		return readme.substring(start, end)
			.lines()
			.filter((line) -> line.startsWith("|") && !line.startsWith("|---"))
			.skip(1)
			.toList();
	}

	private static ApiService serviceOf(String cell) {
		if (cell.contains("Directory Service")) {
			return ApiService.DIRECTORY_SERVICE;
		}
		if (cell.contains("Organizations")) {
			return ApiService.ORGANIZATIONS;
		}
		if (cell.contains("Security Token Service")) {
			return ApiService.STS;
		}
		throw new AssertionError("Which service is " + cell + "?");
	}

	private static Set<String> codes(String cell) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = CODE.matcher(cell);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
