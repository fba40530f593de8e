package org.cohesion.portal.casework;

import java.util.Arrays;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A {@code casework} node: its own database only, migrated with the casework's migrations
 * only; no portal table, bean, session store or page.
 */
@CaseworkNodeTest
class CaseworkNodeSeparationTests {

	/** Top-level modules of the portal side. */
	static final Set<String> PORTAL_MODULES = Set.of("site", "news", "flash", "media", "newsletter", "search",
			"accounts", "audit", "mail", "api");

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.cohesion.portal.casework.staff.CaseworkUserRepository users;

	@Autowired
	org.cohesion.portal.casework.staff.OrganisationRepository organisations;

	@Test
	void thePortalDatabaseIsNeverTouched() {
		assertThat(DatabaseTables.portal(environment)).isEmpty();
	}

	@Test
	void theCaseworkDatabaseHoldsTheCaseworkTablesOnly() {
		Set<String> tables = DatabaseTables.casework(environment);
		assertThat(tables).contains("mnr_schema_history", "mnr_organisation", "mnr_user", "mnr_session");
		assertThat(tables).doesNotContain("flyway_schema_history", "accounts_user", "news_article", "spring_session",
				"event_publication");
	}

	@Test
	void noPortalBeanAndOneConnectionPool() {
		ConfigurableListableBeanFactory beans = context.getBeanFactory();
		assertThat(Arrays.stream(beans.getBeanDefinitionNames())
			.map(beans::getType)
			.filter(type -> type != null && type.getName().startsWith("org.cohesion.portal.")
					&& PORTAL_MODULES.contains(type.getName().split("\\.")[3])))
			.isEmpty();
		assertThat(beans.getBeanNamesForType(DataSource.class)).containsExactly("caseworkDataSource");
		assertThat(beans.containsBean("springSessionRepositoryFilter")).isFalse();
	}

	@Test
	void outsideDemoModeThereIsNoDemoUserAndNoDemoList() throws Exception {
		assertThat(users.findAll()).noneMatch(user -> user.getUsername().endsWith("@demo.mnr"));
		String html = mvc.perform(get("/mnr/connexion"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("Connexion à l’espace du MNR").doesNotContain("Comptes de démonstration");
		assertThat(organisations.findByCode("DLTP")).as("the mechanism's own structure is always there").isPresent();
		assertThat(organisations.findByCode("DEMO-ONG")).isEmpty();
	}

	@Test
	void noPublicOrEditorialPageIsServed() throws Exception {
		for (String path : new String[] { "/", "/actualites", "/recherche", "/flash-infos", "/admin", "/connexion",
				"/api/v1/articles", "/newsletter", "/feed.xml", "/sitemap.xml" }) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/mnr/connexion")).andExpect(status().isOk());
	}

}
