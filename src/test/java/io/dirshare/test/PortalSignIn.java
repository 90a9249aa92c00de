package io.dirshare.test;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Signs in through the real sign-in form with MockMvc. Failed attempts count against the client
 * address for the whole shared test database, so tests that fail on purpose use {@link #randomAddress()}.
 */
public final class PortalSignIn {

	private PortalSignIn() {
	}

	/** Signs in and returns the session of the signed-in user. */
	public static MockHttpSession signIn(MockMvc mvc, String account, String userName, String password)
			throws Exception {
		return (MockHttpSession) attempt(mvc, account, userName, password, "127.0.0.1").andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	public static ResultActions attempt(MockMvc mvc, String account, String userName, String password,
			String clientAddress) throws Exception {
		return mvc.perform(post("/signin").with(csrf())
			.with(from(clientAddress))
			.param("account", account)
			.param("username", userName)
			.param("password", password));
	}

	public static RequestPostProcessor from(String clientAddress) {
		return (request) -> {
			request.setRemoteAddr(clientAddress);
			return request;
		};
	}

	/** An address in 10.0.0.0/8 that no other test is likely to use. */
	public static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

}
