package io.dirshare;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The house rules the build enforces: modules depend only downward, never in a cycle, and never on
 * another module's internals. Also writes the module documentation (C4 component diagrams and a module
 * canvas) into {@code docs/modules/}, so what a newcomer reads is what the code is.
 */
class ModuleStructureTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DirshareApplication.class);

	@Test
	void modulesDependOnlyDownwardAndOnlyOnEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
