package io.dirshare.sharing;

import java.util.Optional;

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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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

/** The "Share invitations" setting: 1 to 30 days beside the field, off, and read-only for other accounts. */
@PortalWebMvcTest(InvitationExpiryController.class)
class InvitationExpiryControllerTests {

	private static final String PATH = InvitationExpiryController.PATH;

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalUsers users;

	@MockitoBean
	InvitationExpiry expiry;

	@Test
	void theManagementAccountSeesTheFormWithTheCurrentSetting() throws Exception {
		given(this.expiry.setting(any())).willReturn(Optional.of(new InvitationExpiry.Setting("o-exampleorg1", 7, true)));
		this.mvc.perform(get(PATH).with(this.users.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invitations expire after 7 days.")))
			.andExpect(content().string(containsString("Save invitation expiry")));
	}

	@Test
	void anAccountThatMayNotChangeItReadsIt() throws Exception {
		given(this.expiry.setting(any())).willReturn(Optional.of(new InvitationExpiry.Setting("o-exampleorg1", null, false)));
		this.mvc.perform(get(PATH).with(this.users.readOnly()))
			.andExpect(content().string(containsString("Invitations do not expire (as on AWS).")))
			.andExpect(content().string(not(containsString("Save invitation expiry"))));
	}

	@Test
	void daysOutsideOneToThirtyAreRefusedBesideTheField() throws Exception {
		given(this.expiry.setting(any())).willReturn(Optional.of(new InvitationExpiry.Setting("o-exampleorg1", null, true)));
		for (String days : new String[] { "0", "31", "" }) {
			this.mvc.perform(post(PATH).param("expire", "true").param("days", days).with(this.users.admin()).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", "days"))
				.andExpect(content().string(containsString("id=\"days-error\"")));
		}
		then(this.expiry).should(never()).set(any(), anyInt());
	}

	@Test
	void savingAndTurningOff() throws Exception {
		this.mvc.perform(post(PATH).param("expire", "true").param("days", "7").with(this.users.admin()).with(csrf()))
			.andExpect(redirectedUrl(PATH))
			.andExpect(flash().attribute("message", "Share invitations sent from now on expire after 7 days."));
		then(this.expiry).should().set(any(), eq(7));
		this.mvc.perform(post(PATH).param("days", "99").with(this.users.admin()).with(csrf()))
			.andExpect(redirectedUrl(PATH));
		then(this.expiry).should().set(any(), isNull());
	}

	@Test
	void aMemberAccountIsRefusedInWords() throws Exception {
		given(this.expiry.setting(any())).willReturn(Optional.of(new InvitationExpiry.Setting("o-exampleorg1", null, false)));
		willThrow(DirectoryServiceError.ORGANIZATIONS
			.exception("Only the organization's management account sets when share invitations expire.")).given(this.expiry)
			.set(any(), eq(3));
		this.mvc.perform(post(PATH).param("expire", "true").param("days", "3").with(this.users.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only the organization&#39;s management account")));
	}

}
