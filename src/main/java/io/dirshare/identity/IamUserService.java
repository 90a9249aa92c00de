package io.dirshare.identity;

import java.time.Clock;
import java.util.List;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.policy.PoliciesChanged;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.Echo;
import io.dirshare.core.IamError;
import io.dirshare.core.Reads;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	static final String PERMISSION_SET_RULE = "Choose a permissions policy.";

	/** dirshare's own event (AWS has no such call): a user's sessions ended on request. */
	static final String END_SESSIONS_EVENT = "dirshare:EndSessions";

	private final IamUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final UserSessions sessions;

	private final UserPolicyAttachments attachments;

	private final ApplicationEventPublisher events;

	IamUserService(IamUserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock,
			UserSessions sessions, UserPolicyAttachments attachments, ApplicationEventPublisher events) {
		this.users = users;
		this.attachments = attachments;
		this.events = events;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Reads
	public List<IamUser> list(Caller caller) {
		caller.require(Action.IAM_LIST_USERS);
		return this.users.findByAccountIdOrderByUserNameKey(caller.accountId());
	}

	/** The names of the policies attached to each of the account's users, by user name. */
	@Reads
	public java.util.Map<String, List<String>> policyNamesByUser(Caller caller) {
		caller.require(Action.IAM_LIST_USERS);
		java.util.Map<Long, List<String>> arns = this.attachments.arnsByUser(caller.accountId());
		java.util.Map<String, List<String>> names = new java.util.HashMap<>();
		for (IamUser user : this.users.findByAccountIdOrderByUserNameKey(caller.accountId())) {
			names.put(user.userName(), arns.getOrDefault(user.id(), List.of()).stream()
				.map((arn) -> arn.substring(arn.lastIndexOf('/') + 1))
				.toList());
		}
		return names;
	}

	@Reads
	public IamUser get(Caller caller, String userName) {
		caller.require(Action.IAM_LIST_USERS);
		return find(caller.accountId(), userName);
	}

	/**
	 * STS GetCallerIdentity: the calling user's account, ARN and unique ID. AWS never denies it; every
	 * AWS managed policy dirshare ships allows it.
	 */
	@Transactional(readOnly = true)
	public CallerIdentity callerIdentity(Caller caller) {
		caller.require(Action.STS_GET_CALLER_IDENTITY);
		IamUser user = find(caller.accountId(), caller.userName());
		return new CallerIdentity(user.uniqueId(), user.accountId(), user.arn());
	}

	/** Creates a user with one AWS managed policy attached (attaching it needs iam:AttachUserPolicy too). */
	public IamUser create(Caller caller, String userName, String password, PermissionSet permissionSet) {
		return this.audit.authorizedChange(caller, Action.IAM_CREATE_USER,
				"userName=" + userName + ", policyArn=" + ((permissionSet != null) ? permissionSet.arn() : null), () -> {
					caller.require(Action.IAM_ATTACH_USER_POLICY);
					String name = (userName != null) ? userName.trim() : "";
					if (!IamUser.isValidUserName(name)) {
						throw IamError.VALIDATION_ERROR.exception(USER_NAME_RULE);
					}
					requirePermissionSet(permissionSet);
					checkPassword(password);
					if (this.users.findByAccountIdAndUserNameKey(caller.accountId(), IamUser.key(name)).isPresent()) {
						throw entityAlreadyExists(name);
					}
					IamUser saved;
					try {
						saved = this.users.save(IamUser.create(caller.accountId(), name,
								this.passwordEncoder.encode(password), this.clock.instant()));
					}
					catch (DuplicateKeyException raced) {
						throw entityAlreadyExists(name);
					}
					attachInitialPolicy(saved, permissionSet);
					return saved;
				});
	}

	/** Creates a user without a caller: for a new account's first administrator and for demo data. */
	public IamUser createInitialUser(String accountId, String userName, String password, PermissionSet permissionSet) {
		checkPassword(password);
		requirePermissionSet(permissionSet);
		IamUser saved = this.users
			.save(IamUser.create(accountId, userName, this.passwordEncoder.encode(password), this.clock.instant()));
		attachInitialPolicy(saved, permissionSet);
		return saved;
	}

	private void attachInitialPolicy(IamUser user, PermissionSet permissionSet) {
		this.attachments.attach(user.id(), permissionSet.arn(), user.createdAt());
		this.events.publishEvent(PoliciesChanged.forUser(user.accountId(), user.userName()));
	}

	/**
	 * Sets a new password and ends the user's other sessions once that is committed: all of them after an
	 * administrator's reset, all but the current one when users change their own.
	 */
	public void resetPassword(Caller caller, String userName, String newPassword) {
		this.audit.authorizedChange(caller, Action.IAM_UPDATE_LOGIN_PROFILE, "userName=" + userName, () -> {
			IamUser user = find(caller.accountId(), userName);
			checkPassword(newPassword);
			IamUser saved = this.users
				.save(user.withPasswordHash(this.passwordEncoder.encode(newPassword), this.clock.instant()));
			endOtherSessionsAfterCommit(this.sessions, caller, saved);
			return saved;
		});
	}

	public void delete(Caller caller, String userName) {
		this.audit.authorizedChange(caller, Action.IAM_DELETE_USER, "userName=" + userName, () -> {
			IamUser user = find(caller.accountId(), userName);
			if (this.attachments.isAttached(user.id(), PermissionSet.AdministratorAccess.arn())) {
				requireAnotherAdministrator(this.users, user);
			}
			this.users.delete(user);
			endOtherSessionsAfterCommit(this.sessions, caller, user);
			this.events.publishEvent(PoliciesChanged.forUser(user.accountId(), user.userName()));
			return null;
		});
	}

	/**
	 * "Sign out other sessions": ends the user's sessions but the current one. Users may always end their
	 * own; another user's need the right to reset that user's password ({@code iam:UpdateLoginProfile}).
	 * @return how many sessions were ended
	 */
	public int endSessions(Caller caller, String userName) {
		return this.audit.audited(caller, END_SESSIONS_EVENT, "userName=" + userName, () -> {
			boolean own = isCaller(caller, userName);
			if (!own) {
				caller.require(Action.IAM_UPDATE_LOGIN_PROFILE);
			}
			IamUser user = find(caller.accountId(), userName);
			return this.sessions.endOtherSessions(user.accountId(), user.userName(), own ? CurrentSession.id() : null);
		});
	}

	/**
	 * Once the change is committed, ends the user's sessions on every instance, except the session of this
	 * request when the user changes itself (its next request reads the change anyway).
	 */
	static void endOtherSessionsAfterCommit(UserSessions sessions, Caller caller, IamUser user) {
		String keep = isCaller(caller, user.userName()) ? CurrentSession.id() : null;
		Runnable end = () -> sessions.endOtherSessions(user.accountId(), user.userName(), keep);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end.run();
				}
			});
		}
		else {
			end.run();
		}
	}

	private static boolean isCaller(Caller caller, String userName) {
		return userName != null && IamUser.key(caller.userName()).equals(IamUser.key(userName.trim()));
	}

	static void requireAnotherAdministrator(IamUserRepository users, IamUser user) {
		// Lock the account's administrators so two parallel requests cannot remove the last two at once.
		if (users.countAdministratorsForUpdate(user.accountId()) <= 1) {
			throw IamError.DELETE_CONFLICT.exception("User " + user.userName()
					+ " is the account's last administrator. Attach AdministratorAccess to another user first.");
		}
	}

	private IamUser find(String accountId, String userName) {
		return this.users.findByAccountIdAndUserNameKey(accountId, IamUser.key(userName == null ? "" : userName.trim()))
			.orElseThrow(() -> IamError.NO_SUCH_ENTITY.exception("The user with name " + Echo.of(userName) + " cannot be found."));
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
