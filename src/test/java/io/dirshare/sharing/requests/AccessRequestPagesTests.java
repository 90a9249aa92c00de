package io.dirshare.sharing.requests;

import java.time.Instant;
import java.util.List;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.test.PortalUsers;
import io.dirshare.test.PortalWebMvcTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The access-request pages behind the real portal security: the justification and the denial's reason
 * are required and at most 1,024 characters (beside the field, nothing sent), a refused approval is
 * shown in words beside its request, and the requester's list polls while a request is open.
 */
@PortalWebMvcTest({ AvailableDirectoriesController.class, AccessRequestsController.class, RequestableSection.class })
class AccessRequestPagesTests {

	private static final String DIRECTORY = "d-1234567890";

	private static final String REQUEST = "ar-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalUsers users;

	@MockitoBean
	RequestableDirectories requestable;

	@MockitoBean
	AccessRequests requests;

	@Test
	void theAvailableDirectoriesListTheOwnersDescriptionAndOfferRequestAccess() throws Exception {
		given(this.requestable.available(any())).willReturn(List.of(offered()));
		this.mvc.perform(get("/available-directories").with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(AvailableDirectoriesController.VIEW_LIST))
			.andExpect(content().string(containsString("Sign-in for the build servers")))
			.andExpect(content().string(containsString("Request access")))
			.andExpect(content().string(not(containsString("every 2s"))));
	}

	@Test
	void theRequestersListPollsWhileARequestIsOpenAndHtmxGetsItAlone() throws Exception {
		given(this.requests.byMyAccount(any())).willReturn(List.of(request(AccessRequestStatus.OPEN, null)));
		this.mvc.perform(get("/available-directories").header("HX-Request", "true").with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"available\"")))
			.andExpect(content().string(containsString("every 2s")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aDenialsReasonReachesTheRequester() throws Exception {
		given(this.requests.byMyAccount(any()))
			.willReturn(List.of(request(AccessRequestStatus.DENIED, "Use the lab directory instead")));
		this.mvc.perform(get("/available-directories").with(this.users.admin()))
			.andExpect(content().string(containsString("Denied: Use the lab directory instead")));
	}

	@Test
	void aJustificationIsRequiredAndAtMost1024Characters() throws Exception {
		given(this.requestable.available(any())).willReturn(List.of(offered()));
		for (String justification : List.of("", "x".repeat(1025))) {
			this.mvc.perform(post("/available-directories/" + DIRECTORY + "/request").param("text", justification)
				.with(this.users.admin())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(view().name(AvailableDirectoriesController.VIEW_REQUEST))
				.andExpect(model().attributeHasFieldErrors("form", "text"))
				.andExpect(content().string(containsString("id=\"text-error\"")));
		}
		then(this.requests).should(never()).request(any(), anyString(), anyString());
	}

	@Test
	void aRequestIsSentAndTheListSaysWhatHappensNext() throws Exception {
		given(this.requests.request(any(), eq(DIRECTORY), eq("x".repeat(1024))))
			.willReturn(request(AccessRequestStatus.OPEN, null).request());
		this.mvc.perform(post("/available-directories/" + DIRECTORY + "/request").param("text", "x".repeat(1024))
			.with(this.users.admin())
			.with(csrf()))
			.andExpect(redirectedUrl("/available-directories?region=us-east-1"))
			.andExpect(flash().attribute("message", containsString("You requested access to " + DIRECTORY)));
	}

	@Test
	void aSecondOpenRequestIsRefusedBesideTheForm() throws Exception {
		given(this.requestable.available(any())).willReturn(List.of(offered()));
		given(this.requests.request(any(), eq(DIRECTORY), eq("again"))).willThrow(DirectoryServiceError.ENTITY_ALREADY_EXISTS
			.exception("This account already has an open request for directory " + DIRECTORY + " in us-east-1."));
		this.mvc.perform(post("/available-directories/" + DIRECTORY + "/request").param("text", "again")
			.with(this.users.admin())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has an open request")));
	}

	@Test
	void aRefusedApprovalIsShownInWordsBesideTheRequestWhichStaysOpen() throws Exception {
		given(this.requests.approve(any(), eq(REQUEST))).willThrow(DirectoryServiceError.SHARE_LIMIT_EXCEEDED
			.exception("Directory " + DIRECTORY + " is shared with the maximum of 25 accounts in us-east-1."));
		given(this.requests.toMyAccount(any())).willReturn(List.of(request(AccessRequestStatus.OPEN, null)));
		this.mvc.perform(post("/access-requests/" + REQUEST + "/approve").with(this.users.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AccessRequestsController.VIEW_LIST))
			.andExpect(content().string(containsString("is shared with the maximum of 25 accounts")))
			.andExpect(content().string(containsString(">Approve</button>")));
	}

	@Test
	void aDenialNeedsAReason() throws Exception {
		given(this.requests.toMyAccount(any())).willReturn(List.of(request(AccessRequestStatus.OPEN, null)));
		this.mvc.perform(post("/access-requests/" + REQUEST + "/deny").param("text", " ").with(this.users.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AccessRequestsController.VIEW_DENY))
			.andExpect(model().attributeHasFieldErrors("form", "text"));
		then(this.requests).should(never()).deny(any(), anyString(), anyString());

		given(this.requests.deny(any(), eq(REQUEST), eq("Use the lab directory")))
			.willReturn(request(AccessRequestStatus.DENIED, "Use the lab directory").request());
		this.mvc.perform(post("/access-requests/" + REQUEST + "/deny").param("text", "Use the lab directory")
			.with(this.users.admin())
			.with(csrf()))
			.andExpect(redirectedUrl("/access-requests"));
	}

	@Test
	void aReadOnlyUserSeesRequestsWithoutApproveOrDeny() throws Exception {
		given(this.requests.toMyAccount(any())).willReturn(List.of(request(AccessRequestStatus.OPEN, null)));
		this.mvc.perform(get("/access-requests").with(this.users.readOnly()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CI needs domain join")))
			.andExpect(content().string(not(containsString(">Approve</button>"))));
	}

	@Test
	void makingADirectoryRequestableNeedsADescription() throws Exception {
		this.mvc.perform(post("/directories/" + DIRECTORY + "/requestable").param("text", "").with(this.users.admin()).with(csrf()))
			.andExpect(redirectedUrl("/directories/" + DIRECTORY + "?tab=share&region=us-east-1"))
			.andExpect(flash().attribute("requestableError", containsString("Describe what the directory is for")));
		then(this.requestable).should(never()).offer(any(), anyString(), anyString());

		this.mvc.perform(post("/directories/" + DIRECTORY + "/requestable").param("text", "For CI").with(this.users.admin()).with(csrf()))
			.andExpect(flash().attribute("message", containsString("can now request access")));
		then(this.requestable).should().offer(any(), eq(DIRECTORY), eq("For CI"));
	}

	private static RequestableDirectory offered() {
		return new RequestableDirectory(DIRECTORY, AwsRegion.US_EAST_1, "222222222222", "corp.example.com",
				"Sign-in for the build servers", Instant.EPOCH, null, null);
	}

	private static AccessRequest.View request(AccessRequestStatus status, String reason) {
		AccessRequest request = new AccessRequest(REQUEST, "222222222222", DIRECTORY, AwsRegion.US_EAST_1,
				PortalUsers.ACCOUNT, "arn:aws:iam::111111111111:user/admin", "CI needs domain join", status, reason, null,
				null, Instant.EPOCH, Instant.EPOCH.plus(AccessRequest.LIFETIME), null, "corp.example.com");
		return new AccessRequest.View(request, status);
	}

}
