package io.dirshare.sharing;

import java.time.Instant;
import java.util.List;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Page;
import io.dirshare.directories.DirectoryService;
import io.dirshare.test.PortalUsers;
import io.dirshare.test.PortalWebMvcTest;
import io.dirshare.web.NavigationBadge;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The consumer's pages behind the real portal security: the list refreshes the navigation badge out of
 * band for htmx, and a refused answer to an invitation is shown beside its buttons.
 */
@PortalWebMvcTest(SharedDirectoriesController.class)
@Import(TestSharingProperties.class)
class SharedDirectoriesControllerTests {

	private static final String SHARED_ID = "d-0987654321";

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalUsers users;

	@MockitoBean
	ConsumerSharingService consumers;

	@MockitoBean
	DirectoryService directories;

	@MockitoBean
	SharedWithMeBadge badge;

	@Test
	void theListForHtmxCarriesTheInvitationCountOutOfBand() throws Exception {
		given(this.consumers.sharedWithMePage(any(), eq(1), eq(false), eq(true)))
			.willReturn(Page.of(List.of(invitation(ShareStatus.PendingAcceptance)), 1, 25));
		given(this.badge.key()).willReturn(SharedWithMeBadge.KEY);
		given(this.badge.count(any())).willReturn(1L);
		this.mvc.perform(get("/shared-directories").header("HX-Request", "true").with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"shared-table\"")))
			.andExpect(content().string(containsString("<span id=\"nav-badge-sharedWithMe\" class=\"count\" hx-swap-oob=\"true\">1</span>")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aCountAtTheBadgesLimitReadsNinetyNinePlusOnThePageAndOutOfBand() throws Exception {
		given(this.consumers.sharedWithMePage(any(), eq(1), eq(false), eq(true))).willReturn(Page.of(List.of(), 1, 25));
		given(this.badge.key()).willReturn(SharedWithMeBadge.KEY);
		given(this.badge.count(any())).willReturn((long) NavigationBadge.COUNTED_UP_TO);
		this.mvc.perform(get("/shared-directories").with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">99+</span>")));
		this.mvc.perform(get("/shared-directories").header("HX-Request", "true").with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"nav-badge-sharedWithMe\" class=\"count\" hx-swap-oob=\"true\">99+</span>")));
	}

	@Test
	void theListAsAPageHasOneBadgeOnlyTheLayouts() throws Exception {
		given(this.consumers.sharedWithMePage(any(), eq(1), eq(false), eq(true))).willReturn(Page.of(List.of(), 1, 25));
		this.mvc.perform(get("/shared-directories").with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(SharedDirectoriesController.VIEW_LIST))
			.andExpect(content().string(containsString("id=\"nav-badge-sharedWithMe\"")))
			.andExpect(content().string(not(containsString("hx-swap-oob"))));
	}

	@Test
	void acceptingSendsToTheSharedDirectory() throws Exception {
		this.mvc.perform(post("/shared-directories/" + SHARED_ID + "/accept").with(this.users.admin()).with(csrf()))
			.andExpect(redirectedUrl("/shared-directories/" + SHARED_ID))
			.andExpect(flash().attribute("message",
					"You accepted the shared directory " + SHARED_ID + "."));
	}

	@Test
	void anInvitationAnsweredMeanwhileIsShownWithTheRefusalBesideItsPage() throws Exception {
		given(this.consumers.acceptSharedDirectory(any(), eq(SHARED_ID))).willThrow(DirectoryServiceError.DIRECTORY_ALREADY_SHARED
			.exception("The invitation was already answered (share status Rejecting)."));
		given(this.consumers.sharedDirectory(any(), eq(SHARED_ID))).willReturn(invitation(ShareStatus.Rejecting));
		this.mvc.perform(post("/shared-directories/" + SHARED_ID + "/accept").with(this.users.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(SharedDirectoriesController.VIEW_SHARED_DIRECTORY))
			.andExpect(content().string(containsString("The invitation was already answered (share status Rejecting).")));
	}

	@Test
	void anInvitationThatIsNotTheAccountsIsNotFound() throws Exception {
		given(this.consumers.rejectSharedDirectory(any(), eq(SHARED_ID)))
			.willThrow(DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Shared directory " + SHARED_ID + " does not exist."));
		this.mvc.perform(post("/shared-directories/" + SHARED_ID + "/reject").with(this.users.admin()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"));
	}

	private static Share invitation(ShareStatus status) {
		return new Share(1L, "444444444444", "d-1234567890", AwsRegion.US_EAST_1, PortalUsers.ACCOUNT, SHARED_ID,
				ShareMethod.HANDSHAKE, status, "Lab access", Instant.EPOCH, Instant.EPOCH, 0L, "lab.example.com",
				List.of("10.0.1.10"));
	}

}
