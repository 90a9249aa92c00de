package io.dirshare.identity;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when access key secrets would be encrypted with a generated key file while the
 * database is MySQL: MySQL is how several instances share one database, and each instance would then
 * generate a key of its own, so a key made on one instance would not sign on another.
 */
@Component
class SharedEncryptionKeyCheck {

	private static final Logger log = LoggerFactory.getLogger(SharedEncryptionKeyCheck.class);

	private final AccessKeySecretCipher cipher;

	private final DataSource dataSource;

	SharedEncryptionKeyCheck(AccessKeySecretCipher cipher, DataSource dataSource) {
		this.cipher = cipher;
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnIfTheKeyIsLocal() {
		if (!this.cipher.isKeyConfigured() && isMySql()) {
			log.warn("Access key secrets are encrypted with the key in {}, which is local to this machine. When more "
					+ "than one instance runs on this MySQL database, set one key for all of them: "
					+ "DIRSHARE_API_SECRET_ENCRYPTION_KEY (dirshare.api.secret-encryption-key, e.g. from "
					+ "'openssl rand -base64 32'), or access keys created on one instance will not sign on another.",
					this.cipher.keyFile());
		}
	}

	private boolean isMySql() {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName);
			String name = product.toLowerCase(Locale.ROOT);
			return name.contains("mysql") || name.contains("mariadb");
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

}
