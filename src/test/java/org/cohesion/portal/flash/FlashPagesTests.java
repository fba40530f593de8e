package org.cohesion.portal.flash;

import java.time.Duration;

import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FlashPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FlashApi flash;

	@BeforeEach
	void setUp() {
		fixtures.reset();
	}

	@Test
	void tickerShowsOnlyCurrentItemsNewestFirst() {
		fixtures.flash("Agenda", "Plus ancien", Duration.ofDays(2), null);
		fixtures.flash("Communiqué", "Plus récent", Duration.ofHours(1), null);
		fixtures.expiredFlash("Agenda", "Expiré");

		assertThat(flash.current()).extracting(FlashItemView::text).containsExactly("Plus récent", "Plus ancien");
	}

	@Test
	void archiveKeepsExpiredItemsWithTheirFrenchDate() throws Exception {
		fixtures.expiredFlash("Agenda", "Une réunion passée à Odienné");

		mvc.perform(get("/flash-infos"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<span class=\"flash-list__label\">Agenda</span>&#8239;: Une réunion passée à Odienné")))
			.andExpect(content().string(containsString("<h1 class=\"page-title\">Flash Infos</h1>")));
	}

	@Test
	void flashItemLinkingToAnUnpublishedArticleShowsNoLink() throws Exception {
		var draft = fixtures.article("Article pas encore publié").draft().save();
		fixtures.flash("Communiqué", "Bientôt plus d’informations", Duration.ofHours(1), draft);

		assertThat(flash.current()).singleElement().satisfies(item -> assertThat(item.href()).isNull());
	}

}
