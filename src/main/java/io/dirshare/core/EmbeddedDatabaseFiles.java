package io.dirshare.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 database owner-only, as the key file that encrypts access key secrets beside it:
 * the database holds password hashes and those encrypted secrets. Before the first connection the
 * directory of a file database is created readable by its owner only (when it does not exist yet), and
 * once the application has started (the migrations have run, so the files exist) the database's files
 * are made owner-only. MySQL and in-memory databases are left alone; so is a file system without POSIX
 * permissions (Windows).
 */
@Component
class EmbeddedDatabaseFiles implements BeanPostProcessor, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFiles.class);

	private static final List<String> SUFFIXES = List.of(".mv.db", ".trace.db", ".lock.db", ".h2.db");

	private final Environment environment;

	private boolean prepared;

	EmbeddedDatabaseFiles(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource && !this.prepared) {
			this.prepared = true;
			databaseFile(this.environment.getProperty("spring.datasource.url")).ifPresent(EmbeddedDatabaseFiles::prepareDirectory);
		}
		return bean;
	}

	@Override
	public void afterSingletonsInstantiated() {
		databaseFile(this.environment.getProperty("spring.datasource.url")).ifPresent(EmbeddedDatabaseFiles::restrictFiles);
	}

	/** The path (without suffix) of an H2 file database, e.g. {@code ./data/dirshare}; empty for anything else. */
	static Optional<Path> databaseFile(String url) {
		if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String rest = url.substring("jdbc:h2:".length());
		int options = rest.indexOf(';');
		String location = (options >= 0) ? rest.substring(0, options) : rest;
		if (location.startsWith("file:")) {
			location = location.substring("file:".length());
		}
		else if (location.matches("^(mem|tcp|ssl|zip|split|nio\\w*|async|retry)[:].*")) {
			return Optional.empty();
		}
		if (location.isEmpty()) {
			return Optional.empty();
		}
		if (location.startsWith("~")) {
			location = System.getProperty("user.home") + location.substring(1);
		}
		return Optional.of(Path.of(location));
	}

	static void prepareDirectory(Path database) {
		Path directory = database.toAbsolutePath().getParent();
		if (directory == null || Files.exists(directory)) {
			return;
		}
		try {
			Files.createDirectories(directory);
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the directory keeps its parent's permissions.
		}
		catch (IOException ex) {
			log.warn("Could not create {} readable by its owner only: {}", directory, ex.getMessage());
		}
	}

	static void restrictFiles(Path database) {
		Path directory = database.toAbsolutePath().getParent();
		String name = database.getFileName().toString();
		if (directory == null || !Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			files.filter((file) -> SUFFIXES.stream().anyMatch((suffix) -> file.getFileName().toString().equals(name + suffix)))
				.forEach(EmbeddedDatabaseFiles::restrictToOwner);
		}
		catch (IOException ex) {
			log.warn("Could not list {}: {}", directory, ex.getMessage());
		}
	}

	private static void restrictToOwner(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows).
		}
		catch (IOException ex) {
			log.warn("Could not make {} readable by its owner only: {}", file, ex.getMessage());
		}
	}

}
