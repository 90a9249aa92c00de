package io.dirshare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules the build enforces: modules depend only downward, never in a cycle, and never on
 * another module's internals. Also keeps the module documentation in {@code docs/modules/} (C4
 * component diagrams and a canvas per module) in step with the code.
 */
class ModuleStructureTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DirshareApplication.class);

	static final Path DOCS = Path.of("docs/modules");

	@Test
	void modulesDependOnlyDownwardAndOnlyOnEachOthersApi() {
		MODULES.verify();
	}

	/**
	 * Writes the documentation afresh and copies a file into {@code docs/modules/} only when its
	 * content changed: the generator lists some relations in a different order from run to run, which
	 * is no change worth a diff.
	 */
	@Test
	void moduleDocumentationMatchesTheCode() throws IOException {
		Path generated = Path.of("target/generated-docs/modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(generated)) {
			for (Path file : files.toList()) {
				Path documented = DOCS.resolve(file.getFileName());
				if (!Files.exists(documented) || !sortedLines(documented).equals(sortedLines(file))) {
					Files.copy(file, documented, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertThat(DOCS.resolve("components.puml")).exists();
		for (var module : MODULES) {
			assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
