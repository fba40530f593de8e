package org.cohesion.portal.backoffice;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A back-office address naming something that does not exist (deleted meanwhile, typed by
 * hand) answers 404, never an error page of the server, whichever module owns it.
 */
@IntegrationTest
class UnknownItemTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	AccountPrincipal administrator;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		administrator = fixtures.editor(EditorialRole.ADMINISTRATEUR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/actualites/987654", "/admin/actualites/987654/traductions/en",
			"/admin/pages/987654", "/admin/flash-infos/987654", "/admin/medias/987654", "/admin/galeries/987654",
			"/admin/lettre/987654", "/admin/comptes/987654" })
	void anUnknownItemIsNotFound(String path) throws Exception {
		mvc.perform(get(path).with(user(administrator))).andExpect(status().isNotFound());
	}

}
