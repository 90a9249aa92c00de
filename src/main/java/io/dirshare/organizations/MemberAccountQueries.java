package io.dirshare.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts of an organization with their account details, a page at a time. */
@Repository
class MemberAccountQueries {

	private static final String SELECT = "SELECT a.id, a.name, a.email, oa.organization_id, o.management_account_id, "
			+ "oa.joined_method, oa.joined_at FROM organization_account oa JOIN account a ON a.id = oa.account_id "
			+ "JOIN organization o ON o.id = oa.organization_id ";

	private final JdbcClient jdbc;

	MemberAccountQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code limit} rows from {@code offset}, in the sort's fixed order. */
	List<MemberAccount> page(String organizationId, AccountSort sort, int offset, int limit) {
		return this.jdbc.sql(SELECT + "WHERE oa.organization_id = :org ORDER BY " + sort.orderBy()
				+ " LIMIT :limit OFFSET :offset")
			.param("org", organizationId)
			.param("limit", limit)
			.param("offset", offset)
			.query(MemberAccountQueries::map)
			.list();
	}

	Optional<MemberAccount> find(String organizationId, String accountId) {
		return this.jdbc.sql(SELECT + "WHERE oa.organization_id = :org AND oa.account_id = :account")
			.param("org", organizationId)
			.param("account", accountId)
			.query(MemberAccountQueries::map)
			.optional();
	}

	/** Whether the account has an IAM user to sign in with, which it needs to stand alone. */
	boolean hasSignIn(String accountId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM iam_user WHERE account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single() > 0;
	}

	private static MemberAccount map(ResultSet rs, int row) throws SQLException {
		return new MemberAccount(rs.getString("id"), rs.getString("name"), rs.getString("email"),
				rs.getString("organization_id"), rs.getString("management_account_id"),
				JoinedMethod.valueOf(rs.getString("joined_method")), rs.getTimestamp("joined_at").toInstant());
	}

}
