package io.dirshare.api;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Terraform as a test client: a working copy of a module, {@code terraform} run in it offline against
 * the AWS provider from a filesystem mirror (no registry), each command's output appended to the
 * module's log. Where Terraform or the mirror is missing, {@link #unavailableBecause()} says why, and
 * the tests that need it are skipped.
 */
final class Terraform {

	static final Path PLUGIN_MIRROR = Paths.get(System.getProperty("terraform.plugin-mirror", "/opt/tf-plugins"));

	static final String PROVIDER = "registry.terraform.io/hashicorp/aws";

	static final String PROVIDER_VERSION = "5.100.0";

	private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(8);

	private final Path executable;

	private final Path workingDirectory;

	private final Path log;

	private final Map<String, String> variables;

	private Terraform(Path executable, Path workingDirectory, Map<String, String> variables) {
		this.executable = executable;
		this.workingDirectory = workingDirectory;
		this.log = workingDirectory.resolveSibling(workingDirectory.getFileName() + ".log");
		this.variables = variables;
	}

	/** The output of one command and its exit code. */
	record Result(int exitCode, String output) {

		/** The end of the output, for an assertion's message. */
		String tail() {
			String[] lines = this.output.split("\n");
			return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
		}

	}

	/** Why the Terraform tests cannot run here, or empty when they can. */
	static Optional<String> unavailableBecause() {
		if (executable().isEmpty()) {
			return Optional.of("no terraform executable (set -Dterraform.path, or put terraform on the PATH)");
		}
		Path provider = PLUGIN_MIRROR.resolve(PROVIDER).resolve(PROVIDER_VERSION);
		if (!Files.isDirectory(provider)) {
			return Optional.of("no hashicorp/aws " + PROVIDER_VERSION + " in the provider mirror " + provider
					+ " (set -Dterraform.plugin-mirror)");
		}
		return Optional.empty();
	}

	static Optional<Path> executable() {
		String configured = System.getProperty("terraform.path");
		if (configured != null) {
			return Optional.of(Paths.get(configured)).filter(Files::isExecutable);
		}
		Stream<Path> candidates = Stream.concat(Stream.of(Paths.get("/usr/local/bin/terraform")),
				Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
					.filter((dir) -> !dir.isEmpty())
					.map((dir) -> Paths.get(dir, "terraform")));
		return candidates.filter(Files::isExecutable).findFirst();
	}

	/** A fresh working copy of the module's {@code .tf} files under {@code target/terraform/<name>}. */
	static Terraform copyOf(Path module, String name, Map<String, String> variables) {
		Path work = Paths.get("target", "terraform", name).toAbsolutePath();
		try {
			if (Files.exists(work)) {
				try (Stream<Path> old = Files.walk(work)) {
					old.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
			Files.createDirectories(work);
			try (Stream<Path> files = Files.list(module)) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".tf")).toList()) {
					Files.copy(file, work.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Files.writeString(work.resolve(".terraformrc"), """
					provider_installation {
					  filesystem_mirror {
					    path    = "%s"
					    include = ["%s"]
					  }
					  direct {
					    exclude = ["%s"]
					  }
					}
					""".formatted(PLUGIN_MIRROR, PROVIDER, PROVIDER));
			Files.deleteIfExists(work.resolveSibling(name + ".log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Terraform(executable().orElseThrow(), work, variables);
	}

	Path log() {
		return this.log;
	}

	Result init() {
		return run("init", "-input=false", "-no-color");
	}

	Result apply() {
		return run(withVariables("apply", "-auto-approve", "-input=false", "-no-color"));
	}

	/** Exit code 0: no changes; 2: changes; 1: an error. */
	Result planDetailedExitCode() {
		return run(withVariables("plan", "-detailed-exitcode", "-input=false", "-no-color"));
	}

	Result destroy() {
		return run(withVariables("destroy", "-auto-approve", "-input=false", "-no-color"));
	}

	Result outputJson() {
		return run("output", "-json", "-no-color");
	}

	private String[] withVariables(String... command) {
		List<String> arguments = new ArrayList<>(List.of(command));
		this.variables.forEach((name, value) -> arguments.add("-var=" + name + "=" + value));
		return arguments.toArray(String[]::new);
	}

	private Result run(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.executable.toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workingDirectory.toFile())
			.redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.put("TF_CLI_CONFIG_FILE", this.workingDirectory.resolve(".terraformrc").toString());
		environment.put("TF_IN_AUTOMATION", "1");
		environment.put("TF_INPUT", "0");
		environment.put("CHECKPOINT_DISABLE", "1");
		// Nothing may reach real AWS: the modules name dirshare's endpoint for every service they use.
		environment.remove("AWS_PROFILE");
		environment.remove("AWS_ACCESS_KEY_ID");
		environment.remove("AWS_SECRET_ACCESS_KEY");
		environment.remove("AWS_SESSION_TOKEN");
		try {
			Path outputFile = Files.createTempFile(this.workingDirectory, "command", ".out");
			builder.redirectOutput(outputFile.toFile());
			Process process = builder.start();
			if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				process.waitFor();
			}
			String text = Files.readString(outputFile, StandardCharsets.UTF_8);
			Files.delete(outputFile);
			Files.writeString(this.log, "$ terraform " + String.join(" ", arguments).replaceAll("secret_key=\\S+", "secret_key=***")
					+ "\n" + text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			return new Result(process.exitValue(), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
