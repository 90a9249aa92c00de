package io.dirshare.identity;

import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An AWS account: a 12-digit ID, a name, an email and an optional sign-in alias. A {@code null}
 * version marks an account not yet saved (its ID is assigned, not generated).
 */
@Table("account")
public record Account(@Id String id, String name, String email, String alias, Instant createdAt,
		@Version Long version) {

	public static final String ID_REGEX = "^\\d{12}$";

	public static final Pattern ID_PATTERN = Pattern.compile(ID_REGEX);

	public static final int MAX_ALIAS_LENGTH = 63;

	/** IAM account aliases: 3 to 63 lowercase letters, digits and hyphens, not starting or ending with one. */
	public static final Pattern ALIAS_PATTERN = Pattern.compile("^[a-z0-9](([a-z0-9]|-(?!-)){1,61})[a-z0-9]$");

	public static Account create(String id, String name, String email, String alias, Instant now) {
		return new Account(id, name, email, alias, now, null);
	}

	public static boolean isValidId(String id) {
		return id != null && ID_PATTERN.matcher(id).matches();
	}

}
