package org.cohesion.portal.news.editorial;

import java.util.List;

import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slug belongs to the article whose address it is and, while it redirects, to the
 * article that had it: nobody else takes it over, and renaming onto it is no error.
 */
@IntegrationTest
class SlugOwnershipTests {

	@Autowired
	EditorialService editorial;

	@Autowired
	ArticleRepository articles;

	@Autowired
	Fixtures fixtures;

	long sectionId;

	final Editor editor = new Editor(1, "Éditrice", "editrice@test.example", true, true);

	@BeforeEach
	void section() {
		fixtures.reset();
		sectionId = fixtures.section("Solidarité").getId();
	}

	long create(String title) {
		return editorial.create(content(title), editor, null);
	}

	ArticleContent content(String title) {
		return new ArticleContent(title, "Chapô", "<p>Texte</p>", sectionId, "fr", null, null, false, List.of(), null,
				null);
	}

	String slug(long id) {
		return articles.findById(id).orElseThrow().getSlug();
	}

	@Test
	void aNewArticleDoesNotTakeOverASlugThatStillRedirectsElsewhere() {
		long first = create("Distribution de vivres");
		editorial.save(first, articles.findById(first).orElseThrow().getVersion(), content("Vivres distribués"), editor,
				null);
		assertThat(slug(first)).isEqualTo("vivres-distribues");

		long second = create("Distribution de vivres");
		assertThat(slug(second)).isNotEqualTo("distribution-de-vivres").startsWith("distribution-de-vivres-");
		assertThat(articles.findByFormerSlug("distribution-de-vivres"))
			.hasValueSatisfying(article -> assertThat(article.getId()).isEqualTo(first));
	}

	@Test
	void renamingOntoAnotherArticlesFormerSlugGivesANumberedSlugNotAnError() {
		long first = create("Campagne de sensibilisation");
		editorial.save(first, articles.findById(first).orElseThrow().getVersion(), content("Sensibilisation à Bouaké"),
				editor, null);
		long other = create("Atelier régional");
		editorial.save(other, articles.findById(other).orElseThrow().getVersion(),
				content("Campagne de sensibilisation"), editor, null);
		assertThat(slug(other)).startsWith("campagne-de-sensibilisation-");
		// renamed again: its own former slug becomes an alias without clashing
		editorial.save(other, articles.findById(other).orElseThrow().getVersion(), content("Atelier de Korhogo"),
				editor, null);
		assertThat(articles.findByFormerSlug("campagne-de-sensibilisation"))
			.hasValueSatisfying(article -> assertThat(article.getId()).isEqualTo(first));
	}

	@Test
	void anArticleTakesBackItsOwnFormerSlug() {
		long id = create("Journée mondiale");
		editorial.save(id, articles.findById(id).orElseThrow().getVersion(), content("Journée nationale"), editor,
				null);
		editorial.save(id, articles.findById(id).orElseThrow().getVersion(), content("Journée mondiale"), editor, null);
		assertThat(slug(id)).isEqualTo("journee-mondiale");
	}

}
