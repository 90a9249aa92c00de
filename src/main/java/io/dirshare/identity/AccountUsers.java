package io.dirshare.identity;

import java.util.List;
import java.util.Optional;

import io.dirshare.core.Reads;

import org.springframework.stereotype.Component;

/**
 * The IAM user names of any account: for a module above that has already decided its caller may see
 * that account (the policy simulator, for an organization's management account looking at a member
 * account). No authorization here, because identity does not know organizations: callers check first.
 */
@Component
@Reads
public class AccountUsers {

	private final IamUserRepository users;

	AccountUsers(IamUserRepository users) {
		this.users = users;
	}

	/** The account's user names, in IAM's order (case-insensitively by name). */
	public List<String> userNames(String accountId) {
		return this.users.findByAccountIdOrderByUserNameKey(accountId).stream().map(IamUser::userName).toList();
	}

	/** The user's name as stored (IAM names are unique regardless of case), if the account has the user. */
	public Optional<String> find(String accountId, String userName) {
		return this.users.findByAccountIdAndUserNameKey(accountId, IamUser.key(userName)).map(IamUser::userName);
	}

}
