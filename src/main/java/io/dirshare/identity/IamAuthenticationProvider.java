package io.dirshare.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.dirshare.audit.AuditEvent;
import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Caller;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in an IAM user with account ID (or alias) + user name + password, as the AWS console does.
 * Every outcome says only "wrong credentials" or "locked", never which part was wrong.
 */
@Component
class IamAuthenticationProvider implements AuthenticationProvider {

	static final String SIGN_IN_EVENT = "signin:ConsoleLogin";

	/** What CloudTrail records as the user name of a console sign-in whose user does not exist. */
	static final String HIDDEN_USER_NAME = "HIDDEN_DUE_TO_SECURITY_REASONS";

	private final AccountRepository accounts;

	private final IamUserRepository users;

	private final AccountPositions positions;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	private final UserPermissions permissions;

	/** Compared against when the user does not exist, so both cases take the same time. */
	private final String unknownUserHash;

	IamAuthenticationProvider(AccountRepository accounts, IamUserRepository users, AccountPositions positions,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, AuditTrail audit, Clock clock,
			UserPermissions permissions) {
		this.permissions = permissions;
		this.accounts = accounts;
		this.users = users;
		this.positions = positions;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.unknownUserHash = passwordEncoder.encode("not-a-real-password");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		SignInDetails details = (SignInDetails) authentication.getDetails();
		String typedUserName = authentication.getName().trim();
		String password = String.valueOf(authentication.getCredentials());
		Optional<Account> account = resolveAccount(details.account());
		Optional<IamUser> user = IamUser.isValidUserName(typedUserName) ? account
			.flatMap((a) -> this.users.findByAccountIdAndUserNameKey(a.id(), IamUser.key(typedUserName)))
				: Optional.empty();
		// Keys fit their columns whatever was typed, and what names nobody is kept only as a digest.
		String accountKey = account.map(Account::id)
			.orElseGet(() -> SignInThrottle.digestKey(details.account().toLowerCase(Locale.ROOT)));
		String userKey = user.map(IamUser::userNameKey)
			.orElseGet(() -> SignInThrottle.digestKey(typedUserName.toLowerCase(Locale.ROOT)));
		// As CloudTrail records a console sign-in: a name that is no user's may be a mistyped password.
		String recordedName = user.map(IamUser::userName).orElse(HIDDEN_USER_NAME);

		pause(this.throttle.addressDelay(details.clientAddress()));
		Optional<SignInThrottle.Reservation> reservation = this.throttle.reserve(accountKey, userKey,
				details.clientAddress());
		if (reservation.isEmpty()) {
			account.ifPresent((a) -> recordEvent(a.id(), recordedName, details, Outcome.Failure, "AccountLocked"));
			throw new LockedException("Too many failed sign-in attempts. Wait "
					+ this.throttle.lockout().toMinutes() + " minutes before you try again.");
		}

		boolean passwordMatches = false;
		try {
			passwordMatches = this.passwordEncoder.matches(password,
					user.map(IamUser::passwordHash).orElse(this.unknownUserHash)) && user.isPresent();
		}
		finally {
			if (passwordMatches) {
				this.throttle.succeeded(reservation.get());
			}
			else {
				this.throttle.failed(reservation.get());
			}
		}
		if (!passwordMatches) {
			account.ifPresent((a) -> recordEvent(a.id(), recordedName, details, Outcome.Failure, "InvalidCredentials"));
			throw new BadCredentialsException("Your authentication information is incorrect. Please try again.");
		}

		IamUser signedIn = user.get();
		recordEvent(signedIn.accountId(), signedIn.userName(), details, Outcome.Success, null);
		UsernamePasswordAuthenticationToken result = SignedInUser.authenticated(signedIn, account.get().name(),
				this.positions.of(signedIn.accountId()), this.permissions.of(signedIn));
		result.setDetails(details);
		return result;
	}

	/** Waits before the password is checked; an interrupted wait ends the attempt. */
	private static void pause(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AuthenticationServiceException("Sign-in was interrupted.", ex);
		}
	}

	private Optional<Account> resolveAccount(String accountIdOrAlias) {
		if (Account.isValidId(accountIdOrAlias)) {
			return this.accounts.findById(accountIdOrAlias);
		}
		return this.accounts.findByAlias(accountIdOrAlias.toLowerCase(Locale.ROOT));
	}

	private void recordEvent(String accountId, String userName, SignInDetails details, Outcome outcome,
			String errorCode) {
		this.audit.recordInSeparateTransaction(new AuditEvent(null, this.clock.instant(), accountId,
				IamUser.arn(accountId, userName), SIGN_IN_EVENT, Caller.EventSource.CONSOLE.value(),
				details.clientAddress(), null, outcome, errorCode, "userName=" + userName, null, null));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
