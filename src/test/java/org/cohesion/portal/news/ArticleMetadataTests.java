package org.cohesion.portal.news;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ArticleMetadataTests {

	static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures.reset();
	}

	@Test
	void articlePageCarriesSocialMetaAndStructuredData() throws Exception {
		Article article = fixtures.article("Distribution de kits à Bouaké")
			.in(fixtures.section("Solidarité"))
			.image("/demo/arbre-de-vie.jpg")
			.publishedAgo(Duration.ofHours(2))
			.save();
		String html = page(article);

		assertThat(html).contains(
				"<meta property=\"og:site_name\" content=\"Ministère de la Solidarité et de la Cohésion sociale\">",
				"<meta property=\"og:locale\" content=\"fr_FR\">", "<meta property=\"article:published_time\"",
				"<meta property=\"article:section\" content=\"Solidarité\">",
				"<meta name=\"twitter:card\" content=\"summary_large_image\">",
				"<meta name=\"twitter:image\" content=\"https://portail.example/demo/arbre-de-vie.jpg\">");
		List<JsonNode> blocks = jsonLd(html);
		assertThat(blocks).hasSize(2);
		JsonNode news = blocks.get(0);
		assertThat(news.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(news.get("headline").asString()).isEqualTo("Distribution de kits à Bouaké");
		assertThat(news.get("datePublished").asString()).isNotBlank();
		assertThat(news.get("dateModified").asString()).isNotBlank();
		assertThat(news.get("image").get(0).asString()).isEqualTo("https://portail.example/demo/arbre-de-vie.jpg");
		assertThat(news.get("articleSection").asString()).isEqualTo("Solidarité");
		assertThat(news.get("publisher").get("name").asString())
			.isEqualTo("Ministère de la Solidarité et de la Cohésion sociale");
		assertThat(news.get("publisher").get("logo").get("url").asString())
			.isEqualTo("https://portail.example/img/logo.svg");
		assertThat(news.get("mainEntityOfPage").get("@id").asString())
			.isEqualTo("https://portail.example/actualites/" + article.getSlug());
		JsonNode breadcrumb = blocks.get(1);
		assertThat(breadcrumb.get("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(breadcrumb.get("itemListElement")).hasSize(4);
		assertThat(breadcrumb.get("itemListElement").get(2).get("item").asString())
			.isEqualTo("https://portail.example/rubriques/solidarite");
	}

	@Test
	void aTitleCannotBreakOutOfTheJsonLdBlock() throws Exception {
		String title = "Alerte </script><script>alert(1)</script> & « suite »";
		Article article = fixtures.article(title).publishedAgo(Duration.ofHours(1)).save();
		String html = page(article);

		assertThat(html).doesNotContain("<script>alert(1)").contains("\\u003c/script\\u003e");
		List<JsonNode> blocks = jsonLd(html);
		assertThat(blocks).hasSize(2);
		assertThat(blocks.get(0).get("headline").asString()).isEqualTo(title);
		assertThat(blocks.get(1).get("itemListElement").get(3).get("name").asString()).isEqualTo(title);
	}

	private String page(Article article) throws Exception {
		return mvc.perform(get("/actualites/" + article.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static List<JsonNode> jsonLd(String html) {
		List<JsonNode> blocks = new ArrayList<>();
		Matcher matcher = JSON_LD.matcher(html);
		while (matcher.find()) {
			blocks.add(JsonMapper.builder().build().readTree(matcher.group(1)));
		}
		return blocks;
	}

}
