package io.dirshare.identity;

import io.dirshare.core.policy.Permissions;
import io.dirshare.core.policy.PrincipalAuthorizations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.dirshare.core.AccountPosition;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.Caller;
import io.dirshare.core.IamError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The IAM users pages behind the real security configuration (CSRF, sign-in redirect, the principal
 * read again on every request) with the service mocked. The mocked service still authorizes through the
 * {@link Caller} the page built, so a forged request of a read-only user is refused as in production.
 */
@WebMvcTest(UsersController.class)
@Import(SecurityConfiguration.class)
class UsersControllerTests {

	private static final String ACCOUNT = "111111111111";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	IamUserService service;

	@MockitoBean
	AccessKeyService accessKeyService;

	@MockitoBean
	IamUserRepository users;

	@MockitoBean
	AccountRepository accounts;

	@MockitoBean
	AccountPositions positions;

	@MockitoBean
	UserPermissions permissions;

	@MockitoBean
	PrincipalAuthorizations authorizations;

	@MockitoBean
	IamPolicyService policies;

	private final IamUser admin = user(1L, "admin", PermissionSet.AdministratorAccess);

	private final IamUser auditor = user(2L, "auditor", PermissionSet.ReadOnlyAccess);

	@BeforeEach
	void signedInUsersExist() {
		given(this.accounts.findById(ACCOUNT))
			.willReturn(Optional.of(new Account(ACCOUNT, "Example Corp", "a@example.com", null, Instant.EPOCH, 0L)));
		given(this.positions.of(ACCOUNT)).willReturn(AccountPosition.MANAGEMENT);
		given(this.users.findById(1L)).willReturn(Optional.of(this.admin));
		given(this.users.findById(2L)).willReturn(Optional.of(this.auditor));
		given(this.permissions.of(this.admin)).willReturn(held(PermissionSet.AdministratorAccess));
		given(this.permissions.of(this.auditor)).willReturn(held(PermissionSet.ReadOnlyAccess));
		given(this.authorizations.permissionsOf(ACCOUNT, "admin"))
			.willReturn(held(PermissionSet.AdministratorAccess).permissions());
		given(this.authorizations.permissionsOf(ACCOUNT, "auditor"))
			.willReturn(held(PermissionSet.ReadOnlyAccess).permissions());
		given(this.service.list(any())).willReturn(List.of(this.admin, this.auditor));
		given(this.service.create(any(), anyString(), anyString(), any())).willAnswer((call) -> {
			call.<Caller>getArgument(0).require(Action.IAM_CREATE_USER);
			return user(3L, call.getArgument(1), call.getArgument(3));
		});
	}

	@Test
	void anAdministratorSeesTheUsersAndTheCreateUserForm() throws Exception {
		this.mvc.perform(get("/iam/users").with(signedIn(this.admin)))
			.andExpect(status().isOk())
			.andExpect(view().name(UsersController.VIEW_LIST))
			.andExpect(model().attribute("users", List.of(this.admin, this.auditor)))
			.andExpect(content().string(containsString(">Create user</button>")))
			.andExpect(content().string(containsString("Management account")));
	}

	@Test
	void aReadOnlyUserSeesTheListWithoutTheCreateUserForm() throws Exception {
		this.mvc.perform(get("/iam/users").with(signedIn(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(view().name(UsersController.VIEW_LIST))
			.andExpect(content().string(containsString("auditor")))
			.andExpect(content().string(not(containsString("Create user"))));
	}

	@Test
	void aReadOnlyUsersForgedCreateIsRefusedWithTheAccessDeniedPage() throws Exception {
		this.mvc.perform(createUser("intruder").with(signedIn(this.auditor)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("AccessDeniedException")))
			.andExpect(content().string(containsString("not authorized to perform: iam:CreateUser")));
	}

	@Test
	void anAdministratorCreatesAUserAndIsSentBackToTheList() throws Exception {
		this.mvc.perform(createUser("jane").with(signedIn(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/iam/users"))
			.andExpect(flash().attribute("message", "User jane was created."));
	}

	@Test
	void aRefusedCreateIsShownBesideTheFormWithoutThePassword() throws Exception {
		given(this.service.create(any(), eq("admin"), anyString(), any()))
			.willThrow(IamError.ENTITY_ALREADY_EXISTS.exception("User with name admin already exists."));
		this.mvc.perform(createUser("admin").with(signedIn(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(UsersController.VIEW_LIST))
			.andExpect(model().attribute("createError", "User with name admin already exists."))
			.andExpect(content().string(not(containsString("initial-password-1"))));
	}

	@Test
	void inputThatBreaksTheRulesIsShownBesideItsFieldsBeforeTheServiceIsAsked() throws Exception {
		this.mvc.perform(post("/iam/users").param("userName", "no spaces")
			.param("password", "short")
			.param("permissionSet", "")
			.with(signedIn(this.admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(UsersController.VIEW_LIST))
			.andExpect(model().attributeHasFieldErrors("createUserForm", "userName", "password", "permissionSet"))
			.andExpect(content().string(containsString("User names have 1 to 64 characters")))
			.andExpect(content().string(containsString("Passwords have 8 to 128 characters.")))
			.andExpect(content().string(containsString("Choose a permissions policy.")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		then(this.service).should(never()).create(any(), anyString(), anyString(), any());
	}

	@Test
	void aTooShortNewPasswordIsShownBesideItsFieldOnTheUserPage() throws Exception {
		given(this.service.get(any(), eq("auditor"))).willReturn(this.auditor);
		this.mvc.perform(post("/iam/users/auditor/password").param("newPassword", "short")
			.with(signedIn(this.admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(UsersController.VIEW_USER))
			.andExpect(model().attributeHasFieldErrors("resetPasswordForm", "newPassword"))
			.andExpect(content().string(containsString("Passwords have 8 to 128 characters.")));
		then(this.service).should(never()).resetPassword(any(), anyString(), anyString());
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedBeforeTheServiceIsAsked() throws Exception {
		this.mvc.perform(createUser("jane").with(signedIn(this.admin))).andExpect(status().isForbidden());
		then(this.service).should(never()).create(any(), anyString(), anyString(), any());
	}

	@Test
	void withoutASessionThePageSendsToSignIn() throws Exception {
		this.mvc.perform(get("/iam/users")).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void withoutASessionAnHtmxRequestReloadsThePageInsteadOfSwappingTheSignInPageIn() throws Exception {
		this.mvc.perform(get("/iam/users").header("HX-Request", "true"))
			.andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void aUserThatDoesNotExistInTheAccountIsNotFound() throws Exception {
		given(this.service.get(any(), eq("nobody")))
			.willThrow(IamError.NO_SUCH_ENTITY.exception("The user with name nobody cannot be found."));
		this.mvc.perform(get("/iam/users/nobody").with(signedIn(this.admin)))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("NoSuchEntity")));
	}

	@Test
	void anHtmxRequestGetsTheRefusalAsAnAlertInTheFlashArea() throws Exception {
		given(this.service.get(any(), eq("nobody")))
			.willThrow(IamError.NO_SUCH_ENTITY.exception("The user with name nobody cannot be found."));
		this.mvc.perform(get("/iam/users/nobody").header("HX-Request", "true").with(signedIn(this.admin)))
			.andExpect(status().isNotFound())
			.andExpect(view().name("fragments/alerts :: error"))
			.andExpect(header().string("HX-Retarget", "#flash"))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theLastAdministratorRefusalIsShownOnTheUserPage() throws Exception {
		given(this.service.get(any(), eq("admin"))).willReturn(this.admin);
		AwsException lastAdmin = IamError.DELETE_CONFLICT.exception("User admin is the account's last administrator.");
		org.mockito.BDDMockito.willThrow(lastAdmin).given(this.service).delete(any(), eq("admin"));
		this.mvc.perform(post("/iam/users/admin/delete").with(signedIn(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(UsersController.VIEW_USER))
			.andExpect(content().string(containsString("is the account&#39;s last administrator.")));
	}

	@Test
	void aUserDeletedMeanwhileIsSignedOutOnTheNextRequest() throws Exception {
		given(this.users.findById(2L)).willReturn(Optional.empty());
		this.mvc.perform(get("/iam/users").with(signedIn(this.auditor))).andExpect(redirectedUrl("/signin"));
	}

	private static MockHttpServletRequestBuilder createUser(String name) {
		return post("/iam/users").param("userName", name)
			.param("password", "initial-password-1")
			.param("permissionSet", "ReadOnlyAccess");
	}

	/** A session as sign-in leaves it; the filter reads the user again from the (mocked) repositories. */
	private RequestPostProcessor signedIn(IamUser user) {
		SignedInUser principal = new SignedInUser(user.id(), user.accountId(), "Example Corp", user.userName(),
				AccountPosition.STANDALONE, this.permissions.of(user));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.authorities(this.permissions.of(user).permissions())));
	}

	private static IamUser user(long id, String name, PermissionSet permissionSet) {
		return new IamUser(id, ACCOUNT, name, IamUser.key(name), "{noop}x", Instant.EPOCH, Instant.EPOCH, 0L);
	}

	private static UserPermissions.Held held(PermissionSet policy) {
		return new UserPermissions.Held(List.of(policy.policyName()), Permissions.of(policy.managedPolicy()));
	}

}
