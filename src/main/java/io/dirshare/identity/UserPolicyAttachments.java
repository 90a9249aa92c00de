package io.dirshare.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which policies (by ARN, AWS managed or customer managed) are attached to which IAM users. */
@Repository
class UserPolicyAttachments {

	/** IAM's quota of managed policies attached to one user. */
	static final int MAX_PER_USER = 10;

	private final JdbcClient jdbc;

	UserPolicyAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether the policy was attached now (false if it already was) */
	boolean attach(long userId, String policyArn, Instant now) {
		if (isAttached(userId, policyArn)) {
			return false;
		}
		this.jdbc.sql("INSERT INTO iam_user_policy (user_id, policy_arn, attached_at) VALUES (:user, :arn, :at)")
			.param("user", userId)
			.param("arn", policyArn)
			.param("at", Timestamp.from(now))
			.update();
		return true;
	}

	boolean detach(long userId, String policyArn) {
		return this.jdbc.sql("DELETE FROM iam_user_policy WHERE user_id = :user AND policy_arn = :arn")
			.param("user", userId)
			.param("arn", policyArn)
			.update() > 0;
	}

	boolean isAttached(long userId, String policyArn) {
		return this.jdbc.sql("SELECT COUNT(*) FROM iam_user_policy WHERE user_id = :user AND policy_arn = :arn")
			.param("user", userId)
			.param("arn", policyArn)
			.query(Integer.class)
			.single() > 0;
	}

	/** The ARNs attached to the user, in the order they were attached. */
	List<String> arnsOf(long userId) {
		return this.jdbc.sql("SELECT policy_arn FROM iam_user_policy WHERE user_id = :user ORDER BY attached_at, policy_arn")
			.param("user", userId)
			.query(String.class)
			.list();
	}

	/** Locks the user's row and counts its attachments, so two parallel attachments cannot both be the 11th. */
	int countForUpdate(long userId) {
		this.jdbc.sql("SELECT id FROM iam_user WHERE id = :user FOR UPDATE").param("user", userId).query(Long.class).list();
		return this.jdbc.sql("SELECT COUNT(*) FROM iam_user_policy WHERE user_id = :user")
			.param("user", userId)
			.query(Integer.class)
			.single();
	}

	/** The names of the account's users the policy is attached to, by name. */
	List<String> userNamesAttachedTo(String accountId, String policyArn) {
		return this.jdbc.sql("""
				SELECT u.user_name FROM iam_user_policy p JOIN iam_user u ON u.id = p.user_id
				WHERE u.account_id = :account AND p.policy_arn = :arn ORDER BY u.user_name_key""")
			.param("account", accountId)
			.param("arn", policyArn)
			.query(String.class)
			.list();
	}

	/** How many of the account's users each policy is attached to. */
	Map<String, Integer> attachmentCounts(String accountId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT p.policy_arn, COUNT(*) FROM iam_user_policy p JOIN iam_user u ON u.id = p.user_id
				WHERE u.account_id = :account GROUP BY p.policy_arn""")
			.param("account", accountId)
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	/** The ARNs attached to each of the account's users, by user ID. */
	Map<Long, List<String>> arnsByUser(String accountId) {
		Map<Long, List<String>> arns = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT p.user_id, p.policy_arn FROM iam_user_policy p JOIN iam_user u ON u.id = p.user_id
				WHERE u.account_id = :account ORDER BY p.attached_at, p.policy_arn""")
			.param("account", accountId)
			.query((rs) -> {
				arns.computeIfAbsent(rs.getLong(1), (id) -> new java.util.ArrayList<>()).add(rs.getString(2));
			});
		return arns;
	}

}
