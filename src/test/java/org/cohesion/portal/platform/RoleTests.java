package org.cohesion.portal.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTests {

	@Test
	void portalRunsEverythingButTheCasework() {
		assertThat(Role.PORTAL.runsModule("news")).isTrue();
		assertThat(Role.PORTAL.runsModule("platform")).isTrue();
		assertThat(Role.PORTAL.runsModule("casework")).isFalse();
	}

	@Test
	void caseworkRunsOnlyTheCaseworkAndTheCommonModules() {
		assertThat(Role.CASEWORK.runsModule("casework")).isTrue();
		assertThat(Role.CASEWORK.runsModule("shared")).isTrue();
		assertThat(Role.CASEWORK.runsModule("news")).isFalse();
		assertThat(Role.CASEWORK.runsModule("site")).isFalse();
	}

	@Test
	void allRunsEverything() {
		assertThat(Role.ALL.runsModule("casework")).isTrue();
		assertThat(Role.ALL.runsModule("news")).isTrue();
	}

	@Test
	void anUnknownRoleStopsTheStartWithAClearMessage() {
		assertThatThrownBy(() -> Role.parse("public")).hasMessageContaining("portal, casework, all");
	}

}
