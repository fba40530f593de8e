package org.cohesion.portal.news;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.shared.FrenchDates;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static java.util.Locale.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NewsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Section solidarity;

	Section cooperation;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		solidarity = fixtures.section("Solidarité");
		cooperation = fixtures.section("Coopération");
	}

	@Test
	void articlePageShowsTitleFrenchDateSectionStandfirstAndSanitisedBody() throws Exception {
		LocalDate day = LocalDate.of(2024, 2, 2);
		Article article = fixtures.article("Journée mondiale de la lutte contre la traite")
			.in(solidarity)
			.standfirst("Le Ministère mobilise ses partenaires à Bouaké.")
			.body("<p>Texte <strong>important</strong>.</p><script>alert('x')</script><p onclick=\"steal()\">Suite</p>")
			.publishedAt(day.atTime(10, 0).atZone(ZoneId.of("Africa/Abidjan")).toInstant())
			.save();

		assertThat(article.getSlug()).isEqualTo("journee-mondiale-de-la-lutte-contre-la-traite");
		mvc.perform(get("/actualites/journee-mondiale-de-la-lutte-contre-la-traite"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(
					containsString("<h1 class=\"article__title\">Journée mondiale de la lutte contre la traite</h1>")))
			.andExpect(content().string(containsString("<time datetime=\"2024-02-02\">2 février 2024</time>")))
			.andExpect(content().string(containsString("href=\"/rubriques/solidarite\">Solidarité</a>")))
			.andExpect(content().string(containsString("Le Ministère mobilise ses partenaires à Bouaké.")))
			.andExpect(content().string(containsString("<strong>important</strong>")))
			.andExpect(content().string(not(containsString("alert("))))
			.andExpect(content().string(not(containsString("onclick"))))
			.andExpect(content().string(containsString(
					"<link rel=\"canonical\" href=\"https://portail.example/actualites/journee-mondiale-de-la-lutte-contre-la-traite\">")))
			// no gallery attached: no empty "Galerie associée" section
			.andExpect(content().string(not(containsString("id=\"galerie\""))))
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
	}

	@Test
	void articlePageLinksRelatedArticlesAndPreviousNext() throws Exception {
		fixtures.article("La plus ancienne").in(solidarity).publishedAgo(Duration.ofDays(3)).save();
		fixtures.article("Celle du milieu").in(solidarity).publishedAgo(Duration.ofDays(2)).save();
		fixtures.article("La plus récente").in(cooperation).publishedAgo(Duration.ofDays(1)).save();

		mvc.perform(get("/actualites/celle-du-milieu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"prev\" href=\"/actualites/la-plus-ancienne\"")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/actualites/la-plus-recente\"")))
			.andExpect(content().string(containsString("Dans la même rubrique")));
	}

	@Test
	void shareLinksLoadNothingFromThirdParties() throws Exception {
		fixtures.article("Partager sans pisteur").in(solidarity).save();

		String html = mvc.perform(get("/actualites/partager-sans-pisteur"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(
				"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fportail.example%2Factualites%2Fpartager-sans-pisteur");
		// Nothing the browser loads by itself (scripts, styles, images, frames) comes
		// from another origin.
		assertThat(html).doesNotContainPattern("<(script|img|iframe|video|audio|embed|object)[^>]+src=\"(https?:)?//");
		assertThat(html)
			.doesNotContainPattern("<link rel=\"(stylesheet|icon|preload|prefetch)\"[^>]+href=\"(https?:)?//");
	}

	@Test
	void draftsAndScheduledArticlesAreNotPublic() throws Exception {
		fixtures.article("Brouillon confidentiel").in(solidarity).draft().save();
		fixtures.article("Annonce programmée").in(solidarity).scheduledIn(Duration.ofDays(1)).save();

		mvc.perform(get("/actualites/brouillon-confidentiel")).andExpect(status().isNotFound());
		mvc.perform(get("/actualites/annonce-programmee")).andExpect(status().isNotFound());
		mvc.perform(get("/actualites"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Brouillon confidentiel"))))
			.andExpect(content().string(not(containsString("Annonce programmée"))));
	}

	@Test
	void renamedArticleKeepsAnsweringAtItsOldAddressWithA301() throws Exception {
		Article article = fixtures.article("Distribution de vivres à Man").in(solidarity).save();
		fixtures.retitle(article, "Distribution de vivres et de kits à Man");

		mvc.perform(get("/actualites/distribution-de-vivres-a-man"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/actualites/distribution-de-vivres-et-de-kits-a-man"));
		mvc.perform(get("/actualites/distribution-de-vivres-et-de-kits-a-man")).andExpect(status().isOk());
	}

	@Test
	void listIsPaginatedWithCanonicalPageLinks() throws Exception {
		for (int i = 1; i <= 14; i++) {
			fixtures.article("Actualité numéro " + i).in(solidarity).publishedAgo(Duration.ofHours(i)).save();
		}

		mvc.perform(get("/actualites"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Actualité numéro 1<")))
			.andExpect(content().string(not(containsString("Actualité numéro 14<"))))
			.andExpect(content().string(containsString("Page 1 sur 2")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/actualites?page=2\"")));
		mvc.perform(get("/actualites").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Actualité numéro 14<")))
			.andExpect(content().string(containsString("href=\"https://portail.example/actualites?page=2\"")));
		mvc.perform(get("/actualites").param("page", "9")).andExpect(status().isNotFound());
		mvc.perform(get("/actualites").param("page", "pas-un-nombre")).andExpect(status().isBadRequest());
	}

	@Test
	void sectionPageListsOnlyItsArticles() throws Exception {
		fixtures.article("Accord avec un partenaire technique").in(cooperation).save();
		fixtures.article("Transferts monétaires à Korhogo").in(solidarity).save();

		mvc.perform(get("/rubriques/cooperation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"page-title\">Coopération</h1>")))
			.andExpect(content().string(containsString("Accord avec un partenaire technique")))
			.andExpect(content().string(not(containsString("Transferts monétaires à Korhogo"))));
		mvc.perform(get("/rubriques/inconnue")).andExpect(status().isNotFound());
	}

	@Test
	void archiveListsMonthsAndEachMonthItsArticles() throws Exception {
		var zone = fixtures.clock().getZone();
		var march = LocalDate.of(2025, 3, 1).atTime(9, 0).atZone(zone).toInstant();
		fixtures.article("Atelier de validation de la stratégie").in(solidarity).publishedAt(march).save();
		fixtures.article("Caravane de la cohésion sociale").in(solidarity).save();

		mvc.perform(get("/actualites/archives"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/actualites/archives/2025/03\">Mars 2025</a>")));
		mvc.perform(get("/actualites/archives/2025/03"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"page-title\">Mars 2025</h1>")))
			.andExpect(content().string(containsString(FrenchDates.longDate(LocalDate.of(2025, 3, 1), FRENCH))))
			.andExpect(content().string(containsString("1er mars 2025")))
			.andExpect(content().string(not(containsString("Caravane de la cohésion sociale"))));
		mvc.perform(get("/actualites/archives/2025/13")).andExpect(status().isNotFound());
		mvc.perform(get("/actualites/archives/1999/01")).andExpect(status().isNotFound());
	}

	@Test
	void unknownArticleGetsTheFrench404Page() throws Exception {
		mvc.perform(get("/actualites/cet-article-n-existe-pas"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")))
			.andExpect(content().string(containsString("Revenir à l’accueil")));
	}

}
