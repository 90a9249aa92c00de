package io.dirshare.sharing;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import io.dirshare.core.Action;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Slice;
import io.dirshare.directories.Directory;
import io.dirshare.directories.DirectoryService;
import io.dirshare.directories.DirectoryStage;
import io.dirshare.directories.Edition;
import io.dirshare.test.PortalUsers;
import io.dirshare.test.PortalWebMvcTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
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
 * The share wizard's steps and the Unshare dialog behind the real portal security, with the sharing
 * services mocked: each button's step, field errors beside their fields, the pricing review, the
 * results of sharing, and refusals beside the dialog. The mocked use case still authorizes through
 * the {@link Caller} the page built, as the real one does.
 */
@PortalWebMvcTest(ShareWizardController.class)
@Import(TestSharingProperties.class)
class ShareWizardControllerTests {

	private static final String ID = "d-1234567890";

	private static final String WIZARD = "/directories/" + ID + "/share";

	private static final String DEV = "222222222222";

	private static final String PROD = "333333333333";

	private static final Directory CORP = new Directory(ID, PortalUsers.ACCOUNT, "corp.example.com", "CORP",
			Edition.Enterprise, null, DirectoryStage.Active, AwsRegion.US_EAST_1, List.of("10.0.1.10"), Instant.EPOCH, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalUsers users;

	@MockitoBean
	DirectoryService directories;

	@MockitoBean
	OwnerSharingService owners;

	@MockitoBean
	ShareQueries shares;

	@MockitoBean
	OrganizationSharingPolicy organizationSharing;

	@MockitoBean
	ShareWithAccounts shareWithAccounts;

	@BeforeEach
	void aManagementAccountWithADirectory() {
		given(this.directories.directory(any(), eq(ID))).willReturn(CORP);
		given(this.organizationSharing.organizationSharing(any())).willReturn(new OrganizationSharing(true, null, true,
				true, List.of(new OrganizationSharing.Member(DEV, "Example Dev"),
						new OrganizationSharing.Member(PROD, "Example Prod"))));
	}

	@Test
	void theWizardStartsWithSharingInsideTheOrganizationWhenTheAccountCan() throws Exception {
		this.mvc.perform(get(WIZARD).with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(ShareWizardController.VIEW_WIZARD))
			.andExpect(form((form) -> assertThat(form.getMethod()).isEqualTo(ShareMethod.ORGANIZATIONS)))
			.andExpect(content().string(containsString("222222222222 (Example Dev)")))
			.andExpect(content().string(containsString("at most 500 accounts per Region")));
	}

	@Test
	void aReadOnlyUserGetsNoWizard() throws Exception {
		this.mvc.perform(get(WIZARD).with(this.users.readOnly()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("ds:ShareDirectory")));
	}

	@ParameterizedTest
	@CsvSource({ "false, sharing/wizard", "true, sharing/wizard :: wizard-form" })
	void choosingTheOtherMethodStartsTheListOfAccountsAfresh(boolean htmx, String expectedView) throws Exception {
		this.mvc.perform(step(htmx).param("method", "HANDSHAKE").param("targets", DEV).param("action", "method"))
			.andExpect(status().isOk())
			.andExpect(view().name(expectedView))
			.andExpect(form((form) -> assertThat(form.getTargets()).isEmpty()))
			.andExpect(content().string(containsString("AWS account ID(s)")))
			.andExpect(content().string(htmx ? not(containsString("<html")) : containsString("<html")));
	}

	@Test
	void addingAccountsKeepsTheValidOnesAndShowsTheOthersBesideTheField() throws Exception {
		this.mvc.perform(step(true).param("method", "HANDSHAKE")
			.param("targets", DEV)
			.param("candidateAccountIds", PROD + ", 12345")
			.param("action", "add"))
			.andExpect(status().isOk())
			.andExpect(view().name(ShareWizardController.VIEW_WIZARD_FORM))
			.andExpect(model().attributeHasFieldErrorCode("form", "candidateAccountIds", "accountId"))
			.andExpect(form((form) -> assertThat(form.getTargets()).containsExactly(DEV, PROD)))
			.andExpect(content().string(containsString("Remove " + PROD)))
			.andExpect(content().string(containsString("An AWS account ID has 12 digits: 12345 does not.")));
	}

	@Test
	void anAccountPickedFromTheOrganizationIsAdded() throws Exception {
		this.mvc.perform(step(true).param("method", "ORGANIZATIONS").param("organizationAccount", PROD).param("action", "add"))
			.andExpect(status().isOk())
			.andExpect(model().hasNoErrors())
			.andExpect(content().string(containsString("Remove " + PROD)));
	}

	@Test
	void switchingTheMethodParksTheAccountsAndSwitchingBackBringsThemAgainWithTheNote() throws Exception {
		this.mvc.perform(step(true).param("method", "ORGANIZATIONS")
			.param("shownMethod", "HANDSHAKE")
			.param("targets", PROD)
			.param("notes", "hello")
			.param("action", "method"))
			.andExpect(form((form) -> {
				assertThat(form.getTargets()).isEmpty();
				assertThat(form.getParkedTargets()).containsExactly(PROD);
				assertThat(form.getNotes()).isEqualTo("hello");
			}))
			.andExpect(content().string(containsString("name=\"notes\" value=\"hello\"")));
		this.mvc.perform(step(true).param("method", "HANDSHAKE")
			.param("shownMethod", "ORGANIZATIONS")
			.param("parkedTargets", PROD)
			.param("notes", "hello")
			.param("action", "method"))
			.andExpect(form((form) -> assertThat(form.getTargets()).containsExactly(PROD)))
			.andExpect(content().string(containsString("Remove " + PROD)));
	}

	@Test
	void whatCanOnlyFailIsRefusedAtAddBesideTheFieldAndStaysInIt() throws Exception {
		given(this.shareWithAccounts.liveSharesInRegion(any(), eq(ID))).willReturn(java.util.Map.of(DEV, ShareStatus.Shared));
		given(this.shareWithAccounts.refusalBeforeSharing(any(), eq(DEV), any()))
			.willReturn(java.util.Optional.of("The directory is already shared with " + DEV + " in us-east-1 (Shared)."));
		given(this.shareWithAccounts.refusalBeforeSharing(any(), eq(PROD), any())).willReturn(java.util.Optional.empty());
		this.mvc.perform(step(true).param("method", "HANDSHAKE")
			.param("shownMethod", "HANDSHAKE")
			.param("candidateAccountIds", DEV + " " + PROD)
			.param("action", "add"))
			.andExpect(model().attributeHasFieldErrorCode("form", "candidateAccountIds", "refused"))
			.andExpect(form((form) -> {
				assertThat(form.getTargets()).containsExactly(PROD);
				assertThat(form.getCandidateAccountIds()).isEqualTo(DEV);
			}))
			.andExpect(content().string(containsString("already shared with " + DEV)));
	}

	@Test
	void anAccountTypedButNotAddedIsAddedByShare() throws Exception {
		given(this.shareWithAccounts.share(any(), eq(ID), eq(ShareMethod.HANDSHAKE), eq(List.of(DEV, PROD)), any(),
				eq(false)))
			.willReturn(new ShareOutcomes(ShareMethod.HANDSHAKE, ShareOutcomes.TrustedAccessStep.NOT_ASKED,
					List.of(new ShareOutcomes.Outcome(DEV, "d-0987654321", null, null),
							new ShareOutcomes.Outcome(PROD, "d-0987654322", null, null))));
		this.mvc.perform(step(true).param("method", "HANDSHAKE")
			.param("shownMethod", "HANDSHAKE")
			.param("targets", DEV)
			.param("candidateAccountIds", PROD)
			.param("action", "share"))
			.andExpect(view().name(ShareWizardController.VIEW_RESULTS_PANEL))
			.andExpect(content().string(containsString("2 of 2 shares created in US East (N. Virginia) (us-east-1)")));
	}

	@Test
	void withTrustedAccessOffSharingInsideTheOrganizationIsRefusedUntilTheEnableStepIsTicked() throws Exception {
		given(this.organizationSharing.organizationSharing(any())).willReturn(new OrganizationSharing(true, null, false,
				true, List.of(new OrganizationSharing.Member(PROD, "Example Prod"))));
		this.mvc.perform(step(true).param("method", "ORGANIZATIONS")
			.param("shownMethod", "ORGANIZATIONS")
			.param("targets", PROD)
			.param("action", "share"))
			.andExpect(view().name(ShareWizardController.VIEW_WIZARD_FORM))
			.andExpect(model().attributeHasFieldErrorCode("form", "enableTrustedAccess", "trustedAccess"));
		then(this.shareWithAccounts).should(never()).share(any(), anyString(), any(), anyList(), any(), anyBoolean());
	}

	@Test
	void aFailedShareSaysWhyWithTheFixAndNoSuccessBlurb() throws Exception {
		given(this.shareWithAccounts.share(any(), eq(ID), eq(ShareMethod.ORGANIZATIONS), eq(List.of(PROD)), any(),
				eq(false)))
			.willReturn(new ShareOutcomes(ShareMethod.ORGANIZATIONS, ShareOutcomes.TrustedAccessStep.NOT_ASKED,
					List.of(new ShareOutcomes.Outcome(PROD, null, "OrganizationsException",
							"Trusted access for AWS Directory Service (ds.amazonaws.com) is not enabled in your organization."))));
		this.mvc.perform(step(true).param("method", "ORGANIZATIONS")
			.param("shownMethod", "ORGANIZATIONS")
			.param("targets", PROD)
			.param("action", "share"))
			.andExpect(content().string(containsString("0 of 1 shares created")))
			.andExpect(content().string(containsString("The directory was not shared.")))
			.andExpect(content().string(containsString("Trusted access for AWS Directory Service is off in your organization — enable it")))
			.andExpect(content().string(containsString("OrganizationsException: Trusted access")))
			.andExpect(content().string(not(containsString("need no acceptance"))))
			.andExpect(content().string(not(containsString("alert-success"))));
	}

	@Test
	void removingAnAccountTakesItOffTheList() throws Exception {
		this.mvc.perform(step(true).param("method", "HANDSHAKE").param("targets", DEV, PROD).param("removeAccount", DEV))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove " + PROD)))
			.andExpect(content().string(not(containsString("Remove " + DEV))));
	}

	@Test
	void theReviewPricingDetailsCountTheAccountsAdded() throws Exception {
		this.mvc.perform(step(true).param("method", "HANDSHAKE").param("targets", DEV, PROD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"pricing-accounts\">2<")))
			.andExpect(content().string(containsString("data-testid=\"pricing-hourly\">USD 0.10<")))
			.andExpect(content().string(containsString("data-testid=\"pricing-monthly\">USD 72.00<")));
	}

	@Test
	void sharingShowsEachAccountsOutcome() throws Exception {
		given(this.shareWithAccounts.share(any(), eq(ID), eq(ShareMethod.HANDSHAKE), eq(List.of(DEV, PROD)), eq("hello"),
				eq(false)))
			.willReturn(new ShareOutcomes(ShareMethod.HANDSHAKE, ShareOutcomes.TrustedAccessStep.NOT_ASKED,
					List.of(new ShareOutcomes.Outcome(DEV, "d-0987654321", null, null), new ShareOutcomes.Outcome(PROD,
							null, "DirectoryAlreadySharedException", "Directory " + ID + " is already shared."))));
		this.mvc.perform(step(false).param("method", "HANDSHAKE")
			.param("targets", DEV, PROD)
			.param("notes", "hello")
			.param("action", "share"))
			.andExpect(status().isOk())
			.andExpect(view().name(ShareWizardController.VIEW_RESULTS))
			.andExpect(content().string(containsString("1 of 2 shares created")))
			.andExpect(content().string(containsString("Invitation sent")))
			.andExpect(content().string(containsString("d-0987654321")))
			.andExpect(content().string(containsString("DirectoryAlreadySharedException")));
	}

	@Test
	void sharingInsideTheOrganizationReportsTheTrustedAccessStep() throws Exception {
		given(this.shareWithAccounts.share(any(), eq(ID), eq(ShareMethod.ORGANIZATIONS), eq(List.of(PROD)), any(),
				eq(true)))
			.willReturn(new ShareOutcomes(ShareMethod.ORGANIZATIONS, new ShareOutcomes.TrustedAccessStep(true, null),
					List.of(new ShareOutcomes.Outcome(PROD, "d-0987654321", null, null))));
		this.mvc.perform(step(true).param("method", "ORGANIZATIONS")
			.param("targets", PROD)
			.param("enableTrustedAccess", "true")
			.param("action", "share"))
			.andExpect(status().isOk())
			.andExpect(view().name(ShareWizardController.VIEW_RESULTS_PANEL))
			.andExpect(content().string(containsString("Trusted access for AWS Directory Service was enabled")))
			.andExpect(content().string(containsString("Sharing started")));
	}

	@Test
	void sharingWithNoAccountOrATooLongNoteIsRefusedBesideTheFieldsBeforeAnythingIsShared() throws Exception {
		this.mvc.perform(step(true).param("method", "HANDSHAKE").param("notes", "x".repeat(1025)).param("action", "share"))
			.andExpect(status().isOk())
			.andExpect(view().name(ShareWizardController.VIEW_WIZARD_FORM))
			.andExpect(model().attributeHasFieldErrors("form", "targets", "notes"))
			.andExpect(content().string(containsString("Add at least one AWS account to share with.")))
			.andExpect(content().string(containsString("A note can be at most 1024 characters long.")));
		then(this.shareWithAccounts).should(never()).share(any(), anyString(), any(), anyList(), any(), anyBoolean());
	}

	@Test
	void aReadOnlyUsersForgedShareIsRefusedByTheUseCase() throws Exception {
		given(this.shareWithAccounts.share(any(), anyString(), any(), anyList(), any(), anyBoolean())).willAnswer((call) -> {
			call.<Caller>getArgument(0).require(Action.DS_SHARE_DIRECTORY);
			return null;
		});
		this.mvc.perform(post(WIZARD).with(this.users.readOnly())
			.with(csrf())
			.param("method", "HANDSHAKE")
			.param("targets", DEV)
			.param("action", "share")).andExpect(status().isForbidden());
	}

	@Test
	void theUnshareDialogListsTheSelectedShares() throws Exception {
		given(this.shares.describeSharedDirectories(any(), eq(ID), eq(List.of("d-0987654321")), eq(0), eq(1)))
			.willReturn(Slice.of(List.of(share(PROD, "d-0987654321")), 0, 1));
		this.mvc.perform(get("/directories/" + ID + "/unshare").param("sharedDirectoryId", "d-0987654321")
			.with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(ShareWizardController.VIEW_UNSHARE))
			.andExpect(content().string(containsString(PROD)));
	}

	@Test
	void unsharingNothingSendsBackToTheTable() throws Exception {
		this.mvc.perform(get("/directories/" + ID + "/unshare").with(this.users.admin()))
			.andExpect(redirectedUrl("/directories/" + ID + "?tab=share"))
			.andExpect(flash().attribute("flashError", "Select the shared directories to unshare first."));
		this.mvc.perform(post("/directories/" + ID + "/unshare").with(this.users.admin()).with(csrf()))
			.andExpect(redirectedUrl("/directories/" + ID + "?tab=share"));
		then(this.owners).should(never()).unshareSharedDirectories(any(), anyString(), any());
	}

	@Test
	void unsharingSendsBackToTheTableWithTheCount() throws Exception {
		given(this.owners.unshareSharedDirectories(any(), eq(ID), eq(List.of("d-0987654321")))).willReturn(1);
		this.mvc.perform(unshare())
			.andExpect(redirectedUrl("/directories/" + ID + "?tab=share"))
			.andExpect(flash().attribute("message",
					"Unsharing 1 shared directory. The status changes to Deleted in a few seconds."));
	}

	@Test
	void aRefusedUnshareIsShownInTheDialog() throws Exception {
		given(this.owners.unshareSharedDirectories(any(), eq(ID), any())).willThrow(DirectoryServiceError.DIRECTORY_NOT_SHARED
			.exception("The directory is not shared with this account (share status Deleting)."));
		given(this.shares.describeSharedDirectories(any(), eq(ID), any(), eq(0), eq(1)))
			.willReturn(Slice.of(List.of(share(PROD, "d-0987654321")), 0, 1));
		this.mvc.perform(unshare())
			.andExpect(status().isOk())
			.andExpect(view().name(ShareWizardController.VIEW_UNSHARE))
			.andExpect(content().string(containsString("share status Deleting")));
	}

	private MockHttpServletRequestBuilder step(boolean htmx) {
		MockHttpServletRequestBuilder request = post(WIZARD).with(this.users.admin()).with(csrf());
		return htmx ? request.header("HX-Request", "true") : request;
	}

	/** The wizard's state as the page was rendered with it. */
	private static ResultMatcher form(Consumer<ShareForm> assertion) {
		return (result) -> assertion.accept((ShareForm) result.getModelAndView().getModel().get("form"));
	}

	private MockHttpServletRequestBuilder unshare() {
		return post("/directories/" + ID + "/unshare").param("sharedDirectoryId", "d-0987654321")
			.with(this.users.admin())
			.with(csrf());
	}

	static Share share(String accountId, String sharedDirectoryId) {
		return new Share(1L, PortalUsers.ACCOUNT, ID, AwsRegion.US_EAST_1, accountId, sharedDirectoryId,
				ShareMethod.HANDSHAKE, ShareStatus.PendingAcceptance, "hello", Instant.EPOCH, Instant.EPOCH, 0L,
				"corp.example.com", List.of("10.0.1.10"));
	}

}
