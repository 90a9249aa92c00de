package io.dirshare.identity;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

@ExtendWith(OutputCaptureExtension.class)
class SharedEncryptionKeyCheckTests {

	private static final String KEY = "+bjQUYwrEl2AVQtPVtzFgXWzx9LX5lWaUbxYjNvoRGQ=";

	@Test
	void warnsWhenTheGeneratedKeyFileIsUsedWithMySql(CapturedOutput output) throws Exception {
		check("", "MySQL");

		assertThat(output).contains("WARN")
			.contains("DIRSHARE_API_SECRET_ENCRYPTION_KEY")
			.contains("more than one instance");
	}

	@Test
	void warnsWithMariaDbToo(CapturedOutput output) throws Exception {
		check("", "MariaDB");

		assertThat(output).contains("DIRSHARE_API_SECRET_ENCRYPTION_KEY");
	}

	@Test
	void isQuietWithAConfiguredKeyOrTheEmbeddedDatabase(CapturedOutput output) throws Exception {
		check(KEY, "MySQL");
		check("", "H2");

		assertThat(output).doesNotContain("DIRSHARE_API_SECRET_ENCRYPTION_KEY");
	}

	private static void check(String configuredKey, String databaseProduct) throws Exception {
		DataSource dataSource = mock(DataSource.class);
		Connection connection = mock(Connection.class);
		DatabaseMetaData metaData = mock(DatabaseMetaData.class);
		given(dataSource.getConnection()).willReturn(connection);
		given(connection.getMetaData()).willReturn(metaData);
		given(metaData.getDatabaseProductName()).willReturn(databaseProduct);
		AccessKeySecretCipher cipher = new AccessKeySecretCipher(configuredKey, "target/never-written.key");
		new SharedEncryptionKeyCheck(cipher, dataSource).warnIfTheKeyIsLocal();
	}

}
