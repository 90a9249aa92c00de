package io.dirshare.identity;

import io.dirshare.core.AccountPosition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an account's position in its organization straight from the organizations tables, so that
 * identity does not depend on the organizations feature and every request sees the current position.
 */
@Component
public class AccountPositions {

	/**
	 * SQL: an account's position as an {@link AccountPosition} name, given the joins of
	 * {@link #joinsOn(String)}, so a query that reads the account anyway reads its position in the same
	 * statement.
	 */
	static final String POSITION = "CASE WHEN oa.account_id IS NULL THEN 'STANDALONE' "
			+ "WHEN o.management_account_id = oa.account_id THEN 'MANAGEMENT' ELSE 'MEMBER' END";

	private final JdbcClient jdbc;

	AccountPositions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** SQL: the outer joins {@link #POSITION} reads, for the account ID in {@code accountIdColumn}. */
	static String joinsOn(String accountIdColumn) {
		return " LEFT JOIN organization_account oa ON oa.account_id = " + accountIdColumn
				+ " LEFT JOIN organization o ON o.id = oa.organization_id";
	}

	public AccountPosition of(String accountId) {
		return this.jdbc
			.sql("""
					SELECT CASE WHEN o.management_account_id = oa.account_id THEN 'MANAGEMENT' ELSE 'MEMBER' END
					FROM organization_account oa JOIN organization o ON o.id = oa.organization_id
					WHERE oa.account_id = :accountId""")
			.param("accountId", accountId)
			.query(String.class)
			.optional()
			.map(AccountPosition::valueOf)
			.orElse(AccountPosition.STANDALONE);
	}

}
