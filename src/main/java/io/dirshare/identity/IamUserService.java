package io.dirshare.identity;

import java.time.Clock;
import java.util.List;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.IamError;
import io.dirshare.core.Reads;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages an account's IAM users. Every method is scoped to the caller's own account. */
@Service
@Transactional
public class IamUserService {

	public static final int MIN_PASSWORD_LENGTH = 8;

	public static final int MAX_PASSWORD_LENGTH = 128;

	public static final String PASSWORD_RULE = "Passwords have " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH
			+ " characters.";

	static final String USER_NAME_RULE = "User names have 1 to " + IamUser.MAX_USER_NAME_LENGTH
			+ " characters: letters, digits and + = , . @ _ -";

	static final String PERMISSION_SET_RULE = "Choose a permission set.";

	private final IamUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Clock clock;

	IamUserService(IamUserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Reads
	public List<IamUser> list(Caller caller) {
		caller.require(Action.IAM_LIST_USERS);
		return this.users.findByAccountIdOrderByUserNameKey(caller.accountId());
	}

	@Reads
	public IamUser get(Caller caller, String userName) {
		caller.require(Action.IAM_LIST_USERS);
		return find(caller.accountId(), userName);
	}

	public IamUser create(Caller caller, String userName, String password, PermissionSet permissionSet) {
		return this.audit.authorizedChange(caller, Action.IAM_CREATE_USER,
				"userName=" + userName + ", permissionSet=" + permissionSet, () -> {
					String name = (userName != null) ? userName.trim() : "";
					if (!IamUser.isValidUserName(name)) {
						throw IamError.VALIDATION_ERROR.exception(USER_NAME_RULE);
					}
					requirePermissionSet(permissionSet);
					checkPassword(password);
					if (this.users.findByAccountIdAndUserNameKey(caller.accountId(), IamUser.key(name)).isPresent()) {
						throw entityAlreadyExists(name);
					}
					try {
						return this.users.save(IamUser.create(caller.accountId(), name,
								this.passwordEncoder.encode(password), permissionSet, this.clock.instant()));
					}
					catch (DuplicateKeyException raced) {
						throw entityAlreadyExists(name);
					}
				});
	}

	/** Creates a user without a caller: for a new account's first administrator and for demo data. */
	public IamUser createInitialUser(String accountId, String userName, String password, PermissionSet permissionSet) {
		checkPassword(password);
		return this.users.save(IamUser.create(accountId, userName, this.passwordEncoder.encode(password), permissionSet,
				this.clock.instant()));
	}

	public void resetPassword(Caller caller, String userName, String newPassword) {
		this.audit.authorizedChange(caller, Action.IAM_UPDATE_LOGIN_PROFILE, "userName=" + userName, () -> {
			IamUser user = find(caller.accountId(), userName);
			checkPassword(newPassword);
			return this.users.save(user.withPasswordHash(this.passwordEncoder.encode(newPassword), this.clock.instant()));
		});
	}

	public IamUser changePermissionSet(Caller caller, String userName, PermissionSet permissionSet) {
		return this.audit.authorizedChange(caller, Action.IAM_ATTACH_USER_POLICY,
				"userName=" + userName + ", permissionSet=" + permissionSet, () -> {
					requirePermissionSet(permissionSet);
					IamUser user = find(caller.accountId(), userName);
					if (user.permissionSet() == PermissionSet.AdministratorAccess
							&& permissionSet != PermissionSet.AdministratorAccess) {
						requireAnotherAdministrator(user);
					}
					return this.users.save(user.withPermissionSet(permissionSet));
				});
	}

	public void delete(Caller caller, String userName) {
		this.audit.authorizedChange(caller, Action.IAM_DELETE_USER, "userName=" + userName, () -> {
			IamUser user = find(caller.accountId(), userName);
			if (user.permissionSet() == PermissionSet.AdministratorAccess) {
				requireAnotherAdministrator(user);
			}
			this.users.delete(user);
			return null;
		});
	}

	private void requireAnotherAdministrator(IamUser user) {
		// Lock the account's administrators so two parallel requests cannot remove the last two at once.
		if (this.users.countAdministratorsForUpdate(user.accountId()) <= 1) {
			throw IamError.DELETE_CONFLICT.exception("User " + user.userName()
					+ " is the account's last administrator. Give another user AdministratorAccess first.");
		}
	}

	private IamUser find(String accountId, String userName) {
		return this.users.findByAccountIdAndUserNameKey(accountId, IamUser.key(userName == null ? "" : userName.trim()))
			.orElseThrow(() -> IamError.NO_SUCH_ENTITY.exception("The user with name " + userName + " cannot be found."));
	}

	private static void requirePermissionSet(PermissionSet permissionSet) {
		if (permissionSet == null) {
			throw IamError.VALIDATION_ERROR.exception(PERMISSION_SET_RULE);
		}
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
			throw IamError.PASSWORD_POLICY_VIOLATION.exception(PASSWORD_RULE);
		}
	}

	private static AwsException entityAlreadyExists(String userName) {
		return IamError.ENTITY_ALREADY_EXISTS.exception("User with name " + userName + " already exists.");
	}

}
