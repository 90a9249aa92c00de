package io.dirshare.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseFilesTests {

	@TempDir
	Path temporary;

	@Test
	void findsTheFileOfAnH2FileDatabaseOnly() {
		assertThat(EmbeddedDatabaseFiles.databaseFile("jdbc:h2:file:./data/dirshare;MODE=MySQL"))
			.hasValue(Path.of("./data/dirshare"));
		assertThat(EmbeddedDatabaseFiles.databaseFile("jdbc:h2:./data/other")).hasValue(Path.of("./data/other"));
		assertThat(EmbeddedDatabaseFiles.databaseFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
		assertThat(EmbeddedDatabaseFiles.databaseFile("jdbc:h2:tcp://db/x")).isEmpty();
		assertThat(EmbeddedDatabaseFiles.databaseFile("jdbc:mysql://127.0.0.1:3306/dirshare")).isEmpty();
		assertThat(EmbeddedDatabaseFiles.databaseFile(null)).isEmpty();
	}

	@Test
	void theDatabaseAndItsDirectoryAreOwnerOnly() throws Exception {
		Path database = this.temporary.resolve("data").resolve("dirshare");
		String url = "jdbc:h2:file:" + database + ";MODE=MySQL";

		EmbeddedDatabaseFiles.prepareDirectory(EmbeddedDatabaseFiles.databaseFile(url).orElseThrow());
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement().execute("CREATE TABLE t (id INT)");
		}
		EmbeddedDatabaseFiles.restrictFiles(EmbeddedDatabaseFiles.databaseFile(url).orElseThrow());

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.getParent())))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(database + ".mv.db"))))
			.isEqualTo("rw-------");
	}

}
