package io.dirshare.testcontrol;

import io.dirshare.test.TestControls;
import io.dirshare.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With {@code dirshare.test-controls.enabled=false} the controls do not exist, token or not: 404, no sign-in page. */
@SpringBootTest(properties = "dirshare.test-controls.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class TestControlsOffIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theControlsAreNotFound() throws Exception {
		this.mvc.perform(post("/_dirshare/reset").header("Authorization", "Bearer " + TestControls.TOKEN))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/_dirshare/state").header("Authorization", "Bearer " + TestControls.TOKEN))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/_dirshare/settle")).andExpect(status().isNotFound());
	}

}
