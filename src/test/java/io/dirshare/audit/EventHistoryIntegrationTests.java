package io.dirshare.audit;

import java.util.ArrayList;
import java.util.List;

import io.dirshare.audit.AuditEvent.Outcome;
import io.dirshare.core.Page;
import io.dirshare.identity.Account;
import io.dirshare.core.Caller;
import io.dirshare.identity.IamUserService;
import io.dirshare.identity.PermissionSet;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EventHistoryIntegrationTests {

	private static final String SIGN_IN = "signin:ConsoleLogin";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	IamUserService users;

	private Account account;

	private Caller admin;

	@BeforeEach
	void account() {
		this.account = this.testAccounts.newAccount("Event History Test");
		this.admin = this.testAccounts.admin(this.account);
	}

	@Test
	void signInSuccessAndFailureAreRecordedWithPrincipalAndAddress() throws Exception {
		String address = PortalSignIn.randomAddress();
		PortalSignIn.attempt(this.mvc, this.account.id(), "admin", "wrong-password-42", address);
		PortalSignIn.attempt(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD, address);

		List<AuditEvent> signIns = this.audit.page(this.admin, SIGN_IN, null, 1).items();

		assertThat(signIns).hasSize(2).allSatisfy((event) -> {
			assertThat(event.accountId()).isEqualTo(this.account.id());
			assertThat(event.principalArn()).isEqualTo("arn:aws:iam::" + this.account.id() + ":user/admin");
			assertThat(event.sourceAddress()).isEqualTo(address);
			assertThat(event.eventSource()).isEqualTo("console");
		});
		assertThat(signIns).extracting(AuditEvent::outcome).containsExactly(Outcome.Success, Outcome.Failure);
		assertThat(signIns.get(1).errorCode()).isEqualTo("InvalidCredentials");
	}

	@Test
	void thePageFiltersByEventNameAndOutcome() throws Exception {
		PortalSignIn.attempt(this.mvc, this.account.id(), "admin", "wrong-password-42", PortalSignIn.randomAddress());
		MockHttpSession session = PortalSignIn.signIn(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD);
		this.users.create(this.admin, "jane", "first-password", PermissionSet.ReadOnlyAccess);

		Page<AuditEvent> failedSignIns = events(session, "eventName", SIGN_IN, "outcome", "Failure");
		assertThat(failedSignIns.items()).singleElement().satisfies((event) -> {
			assertThat(event.eventName()).isEqualTo(SIGN_IN);
			assertThat(event.outcome()).isEqualTo(Outcome.Failure);
		});
		assertThat(events(session, "eventName", "iam:CreateUser").items()).extracting(AuditEvent::summary)
			.singleElement()
			.asString()
			.contains("jane");
		assertThat(events(session, "outcome", "Success").items()).extracting(AuditEvent::eventName)
			.containsExactly("iam:CreateUser", SIGN_IN);
	}

	@Test
	void fiftyEventsAPageWithANextPageWhenThereAreMore() throws Exception {
		for (int i = 1; i <= 55; i++) {
			this.audit.recordSuccess(this.admin, "test:Event", "number=" + i);
		}
		MockHttpSession session = PortalSignIn.signIn(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD);

		Page<AuditEvent> first = events(session, "eventName", "test:Event");
		Page<AuditEvent> second = events(session, "eventName", "test:Event", "page", "2");

		assertThat(first.items()).hasSize(50);
		assertThat(first.items().get(0).summary()).isEqualTo("number=55");
		assertThat(first.hasNext()).isTrue();
		assertThat(second.items()).extracting(AuditEvent::summary)
			.containsExactly("number=5", "number=4", "number=3", "number=2", "number=1");
		assertThat(second.hasNext()).isFalse();
		this.mvc.perform(get("/events").session(session).param("eventName", "test:Event"))
			.andExpect(content().string(containsString(">Next page</a>")));
	}

	@Test
	void anAccountSeesOnlyItsOwnEvents() throws Exception {
		Account other = this.testAccounts.newAccount("Other Event Account");
		this.users.create(this.testAccounts.admin(other), "other-user", "first-password", PermissionSet.ReadOnlyAccess);
		this.users.create(this.admin, "own-user", "first-password", PermissionSet.ReadOnlyAccess);
		MockHttpSession session = PortalSignIn.signIn(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD);

		assertThat(events(session).items()).isNotEmpty().allSatisfy((event) -> {
			assertThat(event.accountId()).isEqualTo(this.account.id());
			assertThat(event.principalArn()).doesNotContain(other.id());
		});
		this.mvc.perform(get("/events").session(session))
			.andExpect(content().string(containsString("own-user")))
			.andExpect(content().string(not(containsString("other-user"))));
	}

	@Test
	void noSummaryEverHoldsAPassword() throws Exception {
		List<String> passwords = List.of("Create-Secret-1", "Reset-Secret-2", "Refused-Secret-3", "SignIn-Secret-4");
		this.users.create(this.admin, "jane", passwords.get(0), PermissionSet.ReadOnlyAccess);
		this.users.resetPassword(this.admin, "jane", passwords.get(1));
		try {
			this.users.create(this.admin, "not valid", passwords.get(2), PermissionSet.ReadOnlyAccess);
		}
		catch (RuntimeException expected) {
			// refused and recorded as a failure
		}
		PortalSignIn.attempt(this.mvc, this.account.id(), "jane", passwords.get(3), PortalSignIn.randomAddress());

		List<AuditEvent> all = new ArrayList<>(this.audit.page(this.admin, null, null, 1).items());
		assertThat(all).extracting(AuditEvent::eventName)
			.contains("iam:CreateUser", "iam:UpdateLoginProfile", SIGN_IN);
		assertThat(all).extracting(AuditEvent::summary)
			.allSatisfy((summary) -> passwords.forEach((password) -> assertThat(summary).doesNotContain(password)));
	}

	@SuppressWarnings("unchecked")
	private Page<AuditEvent> events(MockHttpSession session, String... parameters) throws Exception {
		var request = get("/events").session(session);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return (Page<AuditEvent>) this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("events");
	}

}
