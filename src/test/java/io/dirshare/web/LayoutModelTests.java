package io.dirshare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutModelTests {

	@ParameterizedTest
	@CsvSource({ "/, dashboard", "/directories, /directories", "/directories/d-1234567890?tab=share, /directories",
			"/shared-directories/d-1234567890, /shared-directories", "/organization, /organization",
			"/organization/accounts?page=2, /organization/accounts", "/organization/services/disable, /organization/services",
			"/invitations, /invitations", "/iam/users/admin, /iam/users", "/events?page=3, /events",
			"/organizationx, ''", "/nowhere, ''" })
	void marksTheSidebarLinkAPageBelongsTo(String path, String section) {
		assertThat(LayoutModel.navSection(path)).isEqualTo(section);
	}

}
