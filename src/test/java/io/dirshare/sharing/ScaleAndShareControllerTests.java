package io.dirshare.sharing;

import java.time.Instant;
import java.util.List;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Page;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.DirectoryStage;
import io.dirshare.directories.Edition;
import io.dirshare.test.PortalUsers;
import io.dirshare.test.PortalWebMvcTest;
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
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The Scale &amp; share tab's table: the fragment for htmx, polling while a share settles, the tab without htmx. */
@PortalWebMvcTest(ScaleAndShareController.class)
@Import(TestSharingProperties.class)
class ScaleAndShareControllerTests {

	private static final String ID = "d-1234567890";

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalUsers users;

	@MockitoBean
	DirectoryService directories;

	@MockitoBean
	ShareQueries shares;

	@Test
	void htmxGetsTheTableThatPollsWhileAShareSettles() throws Exception {
		given(this.directories.directory(any(), eq(ID))).willReturn(new Directory(ID, PortalUsers.ACCOUNT,
				"corp.example.com", "CORP", Edition.Standard, null, DirectoryStage.Active, AwsRegion.US_EAST_1, List.of(),
				Instant.EPOCH, 0));
		given(this.shares.sharesPage(any(), eq(ID), eq(false), eq(1))).willReturn(Page.of(List.of(new Share(1L,
				PortalUsers.ACCOUNT, ID, AwsRegion.US_EAST_1, "222222222222", "d-0987654321", ShareMethod.ORGANIZATIONS,
				ShareStatus.Sharing, null, Instant.EPOCH, Instant.EPOCH, 0L, "corp.example.com", List.of())), 1, 25));
		this.mvc.perform(get("/directories/" + ID + "/shares").param("hideDeleted", "false")
			.header("HX-Request", "true")
			.with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(ScaleAndShareController.VIEW_SHARES_TABLE))
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
			.andExpect(content().string(containsString("222222222222")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void withoutHtmxTheTableIsShownOnItsTab() throws Exception {
		this.mvc.perform(get("/directories/" + ID + "/shares").param("page", "2").with(this.users.admin()))
			.andExpect(redirectedUrl("/directories/" + ID + "?tab=share&page=2&hideDeleted=true"));
		then(this.shares).should(never()).sharesPage(any(), any(), eq(true), eq(2));
	}

}
