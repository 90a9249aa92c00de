package io.dirshare.directories;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Page;
import io.dirshare.test.PortalUsers;
import io.dirshare.test.PortalWebMvcTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
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
 * The owner's directory pages behind the real portal security, with the directory service mocked: the
 * list (page or htmx table), Set up directory (field errors, refusals beside the form), the details
 * page's tabs and the refused deletion with its way out.
 */
@PortalWebMvcTest(DirectoriesController.class)
class DirectoriesControllerTests {

	private static final String ID = "d-1234567890";

	private static final Directory CORP = new Directory(ID, PortalUsers.ACCOUNT, "corp.example.com", "CORP",
			Edition.Enterprise, "Corporate directory", DirectoryStage.Active, AwsRegion.US_EAST_1,
			List.of("10.0.1.10", "10.0.2.10"), Instant.EPOCH, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalUsers users;

	@MockitoBean
	DirectoryService directories;

	@MockitoBean
	DirectoryShares shares;

	/** Stands in for the sharing module's "Scale & share" tab. */
	@TestConfiguration
	static class ShareTab {

		@Bean
		DirectoryTab shareTab() {
			return new DirectoryTab() {

				@Override
				public String name() {
					return "share";
				}

				@Override
				public void addTo(Model model, Caller caller, Directory directory, HttpServletRequest request) {
					model.addAttribute("shares", Page.of(List.of(), 1, 25));
					model.addAttribute("hideDeleted", true);
					model.addAttribute("polling", false);
					model.addAttribute("shareLimit", 500);
				}

			};
		}

	}

	@BeforeEach
	void corpExists() {
		given(this.directories.directory(any(), eq(ID))).willReturn(CORP);
		given(this.directories.describeRegions(any(), eq(ID), any()))
			.willReturn(List.of(new DirectoryRegion(ID, AwsRegion.US_EAST_1, true, DirectoryStage.Active, Instant.EPOCH)));
		given(this.directories.directoriesPage(any(), eq(1))).willReturn(Page.of(List.of(new DirectoryDescription(ID,
				"corp.example.com", "CORP", "Enterprise", Directory.TYPE, "Active", Instant.EPOCH, null, List.of(), null,
				null, null, null, null)), 1, 25));
	}

	@ParameterizedTest
	@CsvSource({ "false, directories/list", "true, directories/list :: directories-table" })
	void theListIsAPageOrItsTableForHtmx(boolean htmx, String expectedView) throws Exception {
		MockHttpServletRequestBuilder request = get("/directories").with(this.users.admin());
		if (htmx) {
			request.header("HX-Request", "true");
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name(expectedView))
			.andExpect(content().string(containsString("corp.example.com")))
			.andExpect(content().string(htmx ? not(containsString("<html")) : containsString("Set up directory")));
	}

	@Test
	void setUpDirectoryShowsTheForm() throws Exception {
		this.mvc.perform(get("/directories/new").with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(DirectoriesController.VIEW_NEW))
			.andExpect(content().string(containsString("Create directory")));
	}

	@Test
	void passwordsThatDoNotMatchAreAFieldErrorOnConfirmPasswordAndNothingIsCreated() throws Exception {
		this.mvc.perform(setUp("corp.example.com", "Str0ng-Password", "Str0ng-Passw0rd"))
			.andExpect(status().isOk())
			.andExpect(view().name(DirectoriesController.VIEW_NEW))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "PasswordsMatch"))
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(content().string(containsString("The passwords do not match.")))
			.andExpect(content().string(containsString("aria-describedby=\"confirmPassword-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"name-hint\"")))
			.andExpect(content().string(not(containsString("Str0ng-Passw"))));
		then(this.directories).should(never()).createMicrosoftAd(any(), any());
	}

	@Test
	void emptyAndTooLongFieldsAreFieldErrors() throws Exception {
		this.mvc.perform(setUp("", "", "").param("description", "x".repeat(129)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "password", "description"))
			.andExpect(content().string(containsString("Enter the DNS name of the directory.")))
			.andExpect(content().string(containsString("The description can be at most 128 characters long.")));
		then(this.directories).should(never()).createMicrosoftAd(any(), any());
	}

	@Test
	void theServicesRefusalOfAWeakPasswordIsShownBesideTheFormWithoutThePassword() throws Exception {
		given(this.directories.createMicrosoftAd(any(), any())).willThrow(DirectoryServiceError.INVALID_PARAMETER
			.exception("Invalid directory password: the Admin password must be 8 to 64 characters long."));
		this.mvc.perform(setUp("corp.example.com", "weakpassword", "weakpassword"))
			.andExpect(status().isOk())
			.andExpect(view().name(DirectoriesController.VIEW_NEW))
			.andExpect(model().attribute("formError", containsString("Invalid directory password")))
			.andExpect(content().string(not(containsString("weakpassword"))));
	}

	@Test
	void aRefusalThatIsNoFormErrorGetsTheErrorPage() throws Exception {
		given(this.directories.createMicrosoftAd(any(), any()))
			.willThrow(AwsException.accessDenied("not authorized to perform: ds:CreateMicrosoftAD"));
		this.mvc.perform(setUp("corp.example.com", "Str0ng-Password", "Str0ng-Password"))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error"));
	}

	@Test
	void aCreatedDirectoryIsShownWithAMessage() throws Exception {
		given(this.directories.createMicrosoftAd(any(), any())).willReturn(CORP);
		this.mvc.perform(setUp("corp.example.com", "Str0ng-Password", "Str0ng-Password"))
			.andExpect(redirectedUrl("/directories/" + ID))
			.andExpect(flash().attribute("message", "Directory corp.example.com (" + ID + ") is being created in us-east-1."));
	}

	@ParameterizedTest
	@CsvSource({ "details, Directory NetBIOS name", "regions, Add Region", "share, Shared directories",
			"nonsense, Directory NetBIOS name" })
	void eachTabShowsItsPanel(String tab, String expected) throws Exception {
		this.mvc.perform(get("/directories/" + ID).param("tab", tab).with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(DirectoriesController.VIEW_DETAIL))
			.andExpect(content().string(containsString(expected)));
	}

	@Test
	void aSharedDirectoryIsNotDeletedButShownWithItsSharesAndTheWayOut() throws Exception {
		willThrow(DirectoryServiceError.CLIENT.exception("The directory " + ID + " is shared with 1 account(s)."))
			.given(this.directories)
			.deleteDirectory(any(), eq(ID));
		given(this.shares.liveShares(any(), eq(ID))).willReturn(List.of(new DirectoryShare(AwsRegion.US_EAST_1,
				"222222222222", "d-0987654321", "ORGANIZATIONS", "Shared", "status-ok", false)));
		this.mvc.perform(post("/directories/" + ID + "/delete").with(this.users.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(DirectoriesController.VIEW_DELETE_BLOCKED))
			.andExpect(content().string(containsString("<strong>ClientException</strong>")))
			.andExpect(content().string(containsString("Unshare all and delete")))
			.andExpect(content().string(containsString("222222222222")));
	}

	@Test
	void unshareAllAndDeleteSendsBackToTheList() throws Exception {
		this.mvc.perform(post("/directories/" + ID + "/unshare-all-and-delete").with(this.users.admin()).with(csrf()))
			.andExpect(redirectedUrl("/directories"))
			.andExpect(flash().attribute("message",
					"Directory corp.example.com (" + ID + ") was unshared from every account and deleted."));
		then(this.directories).should().unshareAllAndDelete(any(), eq(ID));
	}

	@Test
	void withoutASessionThePagesSendToSignIn() throws Exception {
		this.mvc.perform(get("/directories")).andExpect(redirectedUrl("/signin"));
	}

	private MockHttpServletRequestBuilder setUp(String name, String password, String confirmPassword) {
		return post("/directories").with(this.users.admin())
			.with(csrf())
			.param("name", name)
			.param("edition", "Enterprise")
			.param("password", password)
			.param("confirmPassword", confirmPassword);
	}

}
