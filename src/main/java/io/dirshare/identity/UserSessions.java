package io.dirshare.identity;

import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The portal sessions of an IAM user, wherever they were started: sessions live in the database every
 * instance shares (Spring Session JDBC), indexed by the principal's name, the user's ARN
 * ({@link SignedInUser#getName()}). Lets a change such as a new password end the user's other sessions on
 * every instance at once.
 */
@Component
public class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final IamUserRepository users;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions, IamUserRepository users) {
		this.sessions = sessions;
		this.users = users;
	}

	/** The IDs of the user's sessions (the user name is matched without regard to case, as IAM does). */
	public Set<String> sessionIds(String accountId, String userName) {
		return Set.copyOf(sessionsOf(accountId, userName).keySet());
	}

	/**
	 * Ends every session of the user except the one with the given ID, e.g. the session in which the user
	 * changed the password; those sessions' next request goes to the sign-in page.
	 * @param keepSessionId the session to keep, or null to end them all
	 * @return how many sessions were ended
	 */
	public int endOtherSessions(String accountId, String userName, String keepSessionId) {
		int ended = 0;
		for (String sessionId : sessionsOf(accountId, userName).keySet()) {
			if (!sessionId.equals(keepSessionId)) {
				this.sessions.deleteById(sessionId);
				ended++;
			}
		}
		return ended;
	}

	private Map<String, ? extends Session> sessionsOf(String accountId, String userName) {
		// The index holds the ARN with the user name as stored, which may differ in case from the one given.
		String storedName = this.users.findByAccountIdAndUserNameKey(accountId, IamUser.key(userName))
			.map(IamUser::userName)
			.orElse(userName);
		return this.sessions.findByPrincipalName(IamUser.arn(accountId, storedName));
	}

}
