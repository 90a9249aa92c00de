package io.dirshare.core;

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

	@RepeatedTest(20)
	void identifiersHaveTheShapesAwsUses() {
		assertThat(Ids.directoryId()).matches("^d-[0-9a-f]{10}$");
		assertThat(Ids.organizationId()).matches("^o-[a-z0-9]{10}$");
		assertThat(Ids.handshakeId()).matches("^h-[a-z0-9]{10}$");
		assertThat(Ids.accountId()).matches("^[1-9]\\d{11}$");
		assertThat(Ids.accessKeyId()).matches("^AKIA[A-Z0-9]{16}$");
	}

}
