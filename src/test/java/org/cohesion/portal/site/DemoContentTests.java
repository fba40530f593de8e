package org.cohesion.portal.site;

import java.util.List;

import org.cohesion.portal.flash.FlashApi;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.SectionView;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.shared.RichText;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The embedded run's demo content loads, is clean, and every page of it renders. */
@IntegrationTest
@TestPropertySource(properties = "portal.demo.enabled=true")
class DemoContentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NewsApi news;

	@Autowired
	FlashApi flash;

	@Autowired
	ArticleRepository articles;

	@Autowired
	PageRepository pages;

	@Autowired
	java.time.Clock clock;

	@Test
	@Transactional(readOnly = true)
	void demoHasAboutThirtyArticlesOverFiveSectionsWithTheirImages() {
		List<Article> all = articles.findAll();
		assertThat(all).hasSizeGreaterThanOrEqualTo(30);
		assertThat(news.sections()).extracting(SectionView::slug)
			.containsExactly("solidarite", "cohesion-sociale", "lutte-contre-la-traite", "cooperation",
					"renforcement-des-capacites");
		assertThat(news.sections()).allSatisfy(section -> assertThat(section.articleCount()).isGreaterThanOrEqualTo(5));
		assertThat(all).allSatisfy(article -> {
			assertThat(article.isPublicAt(clock.instant())).isTrue();
			// covers come from the media library (derivatives served by the portal)
			assertThat(article.getCoverMediaId()).isNotNull();
			assertThat(org.cohesion.portal.media.MediaPaths.srcset(article.toSummary().imagePath())).isNotNull();
			assertThat(article.toSummary().imageAlt()).isNotBlank();
		});
		assertThat(flash.current()).hasSizeGreaterThanOrEqualTo(8);
		assertThat(flash.current()).filteredOn(item -> item.href() != null).isNotEmpty();
		assertThat(pages.findBySlug("le-ministere")).isPresent();
		assertThat(pages.findBySlug("contacts")).isPresent();
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.cohesion.portal.newsletter.internal.EditionSender newsletterSender;

	@Test
	void demoNewsletterHasSubscribersLastMonthsDraftAndOneNumberInTheArchive() throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from newsletter_subscriber where status = 'ACTIVE'",
				Integer.class))
			.isEqualTo(6);
		var lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Africa/Abidjan")).minusMonths(1);
		assertThat(jdbc.queryForObject("select status from newsletter_edition where period_key = ?", String.class,
				lastMonth.toString()))
			.isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject(
				"select count(*) from newsletter_edition_item i join newsletter_edition e on e.id = i.edition_id "
						+ "where e.period_key = ?",
				Integer.class, lastMonth.toString()))
			.isPositive();
		// the month before was started at load; one pass of the sender delivers it to the
		// outbox
		newsletterSender.runOnce();
		assertThat(jdbc.queryForObject("select status from newsletter_edition where period_key = ?", String.class,
				lastMonth.minusMonths(1).toString()))
			.isEqualTo("SENT");
		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient like '%@demo.example'",
				Integer.class))
			.isGreaterThanOrEqualTo(6);
		mvc.perform(get("/newsletter/numeros"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La lettre d’information")));
	}

	@Test
	@Transactional(readOnly = true)
	void demoBodiesNeedNothingRemovedBySanitising() {
		assertThat(articles.findAll())
			.allSatisfy(article -> assertThat(RichText.sanitize(article.getBody())).isEqualTo(article.getBody()));
	}

	@Test
	void everyDemoArticleAndPageRenders() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("À la une")));
		for (Article article : articles.findAll()) {
			mvc.perform(get("/actualites/" + article.getSlug())).andExpect(status().isOk());
		}
		for (String cover : jdbc.queryForList("select image_path from news_article", String.class)) {
			mvc.perform(get(cover)).andExpect(status().isOk());
		}
		mvc.perform(get("/galeries")).andExpect(status().isOk());
		mvc.perform(get("/galeries/caravane-cohesion-sociale-korhogo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le convoi de la caravane sur la route de Korhogo.")));
		for (var page : pages.findAll()) {
			mvc.perform(get("/" + page.getSlug())).andExpect(status().isOk());
		}
		for (SectionView section : news.sections()) {
			mvc.perform(get(section.path())).andExpect(status().isOk());
		}
		mvc.perform(get("/actualites/archives")).andExpect(status().isOk());
		mvc.perform(get("/flash-infos")).andExpect(status().isOk());
	}

}
