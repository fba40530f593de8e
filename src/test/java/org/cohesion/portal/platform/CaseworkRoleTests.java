package org.cohesion.portal.platform;

import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A node started in the casework role serves none of the portal's pages (the database
 * side of the separation: {@code RoleSeparationTests}).
 */
@SpringBootTest(properties = "portal.role=casework")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
class CaseworkRoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void portalModulesAreNotLoaded() throws Exception {
		assertThat(context.getBeanNamesForType(NewsApi.class)).isEmpty();
		mvc.perform(get("/")).andExpect(status().isNotFound());
		mvc.perform(get("/actualites")).andExpect(status().isNotFound());
	}

}
