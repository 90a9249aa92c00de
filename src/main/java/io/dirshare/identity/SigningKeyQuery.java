package io.dirshare.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.dirshare.core.AccountPosition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the AWS API needs of an access key on every request, in one statement: the key (its status and
 * secret read fresh, so a deactivated or deleted key stops signing at once on every instance), its user
 * and the position of the user's account.
 */
@Repository
class SigningKeyQuery {

	/** The key's row, its user's and the account's position. */
	record Found(AccessKey key, IamUser user, AccountPosition position) {

	}

	private final JdbcClient jdbc;

	SigningKeyQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Found> find(String accessKeyId) {
		return this.jdbc.sql("""
				SELECT k.access_key_id, k.account_id, k.user_id, k.secret_ciphertext, k.status, k.created_at,
				    k.last_used_at, k.last_used_region, k.last_used_service, k.version,
				    u.user_name, u.user_name_key, u.password_hash, u.created_at AS user_created_at,
				    u.password_changed_at, u.version AS user_version, u.account_id AS user_account_id,
				    """ + AccountPositions.POSITION + " AS position FROM access_key k JOIN iam_user u ON u.id = k.user_id"
				+ AccountPositions.joinsOn("u.account_id") + " WHERE k.access_key_id = :id")
			.param("id", accessKeyId)
			.query(SigningKeyQuery::found)
			.optional();
	}

	private static Found found(ResultSet rs, int row) throws SQLException {
		AccessKey key = new AccessKey(rs.getString("access_key_id"), rs.getString("account_id"), rs.getLong("user_id"),
				rs.getString("secret_ciphertext"), AccessKey.Status.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
				rs.getString("last_used_region"), rs.getString("last_used_service"), rs.getLong("version"));
		IamUser user = new IamUser(rs.getLong("user_id"), rs.getString("user_account_id"), rs.getString("user_name"),
				rs.getString("user_name_key"), rs.getString("password_hash"), instant(rs.getTimestamp("user_created_at")),
				instant(rs.getTimestamp("password_changed_at")), rs.getLong("user_version"));
		return new Found(key, user, AccountPosition.valueOf(rs.getString("position")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
