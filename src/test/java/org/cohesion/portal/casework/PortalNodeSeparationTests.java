package org.cohesion.portal.casework;

import java.util.Arrays;

import javax.sql.DataSource;

import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A {@code portal} node: no casework bean, no connection to the casework database, no
 * casework table anywhere, no {@code /mnr} route.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.role=portal")
class PortalNodeSeparationTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	MockMvc mvc;

	@Test
	void noBeanOfTheCaseworkIsLoaded() {
		ConfigurableListableBeanFactory beans = context.getBeanFactory();
		assertThat(Arrays.stream(beans.getBeanDefinitionNames())
			.map(beans::getType)
			.filter(type -> type != null && type.getName().startsWith("org.cohesion.portal.casework."))).isEmpty();
		assertThat(beans.containsBean("caseworkDataSource")).isFalse();
		assertThat(beans.containsBean("caseworkTransactionManager")).isFalse();
		assertThat(beans.containsBean("caseworkEntityManagerFactory")).isFalse();
	}

	@Test
	void theOnlyConnectionPoolIsThePortals() {
		assertThat(context.getBeansOfType(DataSource.class)).hasSize(1);
	}

	@Test
	void noCaseworkTableExistsInEitherDatabase() {
		assertThat(DatabaseTables.portal(environment)).contains("accounts_user")
			.noneMatch(table -> table.startsWith("mnr_"));
		assertThat(DatabaseTables.casework(environment)).isEmpty();
	}

	@Test
	void caseworkAddressesAnswerNotFound() throws Exception {
		mvc.perform(get("/mnr")).andExpect(status().isNotFound());
		mvc.perform(get("/mnr/connexion")).andExpect(status().isNotFound());
		mvc.perform(get("/mnr/admin/utilisateurs")).andExpect(status().isNotFound());
		mvc.perform(post("/mnr/connexion").with(csrf()).param("username", "admin@demo.mnr").param("password", "x"))
			.andExpect(status().isNotFound());
	}

}
