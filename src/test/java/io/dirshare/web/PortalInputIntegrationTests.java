package io.dirshare.web;

import java.util.List;

import io.dirshare.directories.Directory;
import io.dirshare.identity.Account;
import io.dirshare.organizations.FeatureSet;
import io.dirshare.organizations.OrganizationService;
import io.dirshare.sharing.SharingFixtures;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Hostile input to the portal ends in its own 400 or 404 page, never a 500 or a redirect without a
 * {@code Location}: page numbers at and past the ends of {@code int}, characters outside Latin-1 in a
 * path ID or in the Region selector's return path.
 */
@IntegrationTest
@Import(SharingFixtures.class)
class PortalInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	SharingFixtures fixtures;

	@Autowired
	OrganizationService organizations;

	MockHttpSession session;

	Account account;

	Directory directory;

	@BeforeEach
	void managementAccountWithADirectory() throws Exception {
		this.account = this.testAccounts.newAccount("Hostile Input Test");
		this.organizations.createOrganization(this.testAccounts.admin(this.account), FeatureSet.ALL);
		this.directory = this.fixtures.activeDirectory(this.testAccounts.admin(this.account), "Standard");
		this.session = PortalSignIn.signIn(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2147483647", "2147483646", "1073741824", "2147483648", "99999999999999999999", "-2147483648",
			"1e3", "" })
	void pageNumbersOfEveryListAreAPageOrABadRequest(String page) throws Exception {
		List<String> lists = List.of("/events", "/directories", "/organization/accounts", "/shared-directories",
				"/directories/" + this.directory.id() + "?tab=share&");
		for (String list : lists) {
			String url = list + (list.endsWith("&") ? "" : "?") + "page=" + page;
			MvcResult result = this.mvc.perform(get(url).session(this.session)).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isIn(200, 400);
			MvcResult fragment = this.mvc
				.perform(get("/directories/" + this.directory.id() + "/shares").param("page", page)
					.header("HX-Request", "true")
					.session(this.session))
				.andReturn();
			assertThat(fragment.getResponse().getStatus()).as("shares table, page " + page).isIn(200, 400);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/directories/\u20ac", "/directories/d-\u4e2d\u6587/shares", "/iam/users/\u0130\u0130",
			"/shared-directories/\ud83d\ude00" })
	void pathIdsOutsideLatin1AreNotFound(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).session(this.session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
		assertThat(result.getResponse().getHeader("Location")).isNull();
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFoundNotAFailure() throws Exception {
		assertThat(this.mvc.perform(get("/error")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/error").session(this.session)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(post("/error").with(csrf()).session(this.session)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void refusalsRepeatOnlyTheFirstCharactersOfALongValue() throws Exception {
		String secret = "S3cret-" + "x".repeat(300);
		MvcResult user = this.mvc.perform(get("/iam/users/{name}", secret).session(this.session)).andReturn();
		MvcResult region = this.mvc
			.perform(post("/region").with(csrf()).session(this.session).param("region", secret))
			.andReturn();
		MvcResult directory = this.mvc.perform(get("/directories/{id}", secret).session(this.session)).andReturn();

		for (MvcResult result : List.of(user, region, directory)) {
			assertThat(result.getResponse().getStatus()).isIn(400, 404);
			assertThat(result.getModelAndView().getModel().get("errorMessage")).asString()
				.contains("S3cret-xxx")
				.doesNotContain("x".repeat(100));
		}
	}

	@Test
	void anUnshareWithNothingSelectedOfADirectoryIdOutsideLatin1IsNotFound() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/directories/d-\u20ac\u20ac/unshare").with(csrf()).session(this.session))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aPasswordOfTheLongestAllowedLengthBeyondBcryptsSeventyTwoBytesIsAcceptedWhole() throws Exception {
		String password = "\u0130".repeat(128);
		this.mvc
			.perform(post("/iam/users").with(csrf())
				.session(this.session)
				.param("userName", "long-password")
				.param("password", password)
				.param("permissionSet", "ReadOnlyAccess"))
			.andExpect(redirectedUrl("/iam/users"));
		this.mvc
			.perform(post("/iam/users/long-password/password").with(csrf())
				.session(this.session)
				.param("newPassword", "x".repeat(128)))
			.andExpect(redirectedUrl("/iam/users/long-password"));

		PortalSignIn.attempt(this.mvc, this.account.id(), "long-password", "x".repeat(128), PortalSignIn.randomAddress())
			.andExpect(redirectedUrl("/"));
		PortalSignIn.attempt(this.mvc, this.account.id(), "long-password", "x".repeat(72), PortalSignIn.randomAddress())
			.andExpect(redirectedUrl("/signin?error&account=" + this.account.id()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "d-${7*7}", "d-{id}", "d-%7Bx%7D" })
	void pathIdsThatLookLikeUriTemplatesAreEchoedIntoRedirectsAsText(String id) throws Exception {
		for (String path : List.of("/directories/{id}/unshare", "/directories/{id}/regions")) {
			MvcResult result = this.mvc
				.perform(post(path, id).with(csrf()).session(this.session).param("region", "us-west-2"))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(path + " " + id).isIn(302, 400, 404);
		}
		MvcResult table = this.mvc.perform(get("/directories/{id}/shares", id).session(this.session)).andReturn();
		assertThat(table.getResponse().getStatus()).isIn(302, 400, 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/directories/\u20ac", "/\u0100", "/events?eventName=\u4e2d" })
	void theRegionSelectorRedirectsOnlyToAPlainLocalPath(String returnTo) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/region").with(csrf()).session(this.session).param("region", "us-west-2").param("returnTo", returnTo))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String location = result.getResponse().getHeader("Location");
		assertThat(location).isNotNull();
		assertThat(location.chars()).allMatch((c) -> c > 0x20 && c < 0x7f);
	}

}
