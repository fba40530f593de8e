package org.cohesion.portal.search;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The French analysis and the query language, through the real index: embedded Lucene
 * here, a real OpenSearch node in {@link OpenSearchFrenchSearchTests}, which runs these
 * same queries and expects the same articles (the two backends' analysis is one).
 */
@IntegrationTest
class FrenchSearchTests {

	@Autowired
	SiteSearch search;

	@Autowired
	SearchIndex index;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Section solidarity;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		index.purge();
		solidarity = fixtures.section("Solidarité");
		fixtures.article("Aide d’urgence aux ménages sinistrés de Bouaké")
			.in(solidarity)
			.standfirst("Le Ministère distribue des kits aux familles touchées par les inondations.")
			.body("<p>Les équipes de l’action sociale ont recensé les <strong>familles</strong> dont le logement "
					+ "a été détruit. Qu’il pleuve ou non, l’assistance continue jusqu’à la fin du mois.</p>")
			.save();
		fixtures.article("Journée de la femme rurale")
			.in(solidarity)
			.standfirst("Des coopératives agricoles à l’honneur.")
			.body("<p>La ministre a rencontré les productrices de riz.</p>")
			.save();
		indexed();
	}

	/**
	 * What was saved can be found (at once on Lucene, after the outbox on OpenSearch).
	 */
	void indexed() {
		SearchTesting.awaitIndexed(jdbc, entityManagerFactory);
	}

	@Test
	void accentsCaseAndPluralsDoNotMatter() {
		assertThat(titles("ménages sinistrés")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("menage sinistre")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("Ménage sinistré")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("MENAGES SINISTRES")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
	}

	@Test
	void elidedArticlesAreIgnored() {
		assertThat(titles("urgence")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("l'assistance")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("assistance")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("pleuve")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("honneur")).containsExactly("Journée de la femme rurale");
	}

	@Test
	void theStateIsFoundWithOrWithoutItsElidedArticleAndAccent() {
		String title = "L’État soutient les cantines scolaires";
		fixtures.article(title)
			.in(solidarity)
			.standfirst("Des repas chauds pour les élèves des zones rurales.")
			.body("<p>Le programme de l'État couvre désormais cinq régions.</p>")
			.save();
		indexed();
		for (String query : List.of("l'État", "l’État", "État", "etat", "ETAT", "d'état", "l'etat")) {
			assertThat(titles(query)).as(query).containsExactly(title);
		}
		// plurals and feminines, and the short words of French (kept, as in the text)
		assertThat(titles("cantine scolaire")).containsExactly(title);
		assertThat(titles("les cantines de l'État")).containsExactly(title);
		assertThat(titles("\"programme de l’État\"")).containsExactly(title);
		assertThat(titles("repas chaud pour les eleves")).containsExactly(title);
	}

	@Test
	void oneTypoIsToleratedInLongerWords() {
		assertThat(titles("inondasions")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("coopératves")).containsExactly("Journée de la femme rurale");
		// not two mistakes, and not in short words
		assertThat(titles("inondasiions")).isEmpty();
		assertThat(titles("rix")).isEmpty();
	}

	@Test
	void quotedPhrasesMatchOnlyInThatOrder() {
		assertThat(titles("\"familles touchées\"")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(titles("\"touchées familles\"")).isEmpty();
		assertThat(titles("« action sociale »")).containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
	}

	@Test
	void everyWordMustBeFound() {
		assertThat(titles("ménages riz")).isEmpty();
		assertThat(titles("ministre riz")).containsExactly("Journée de la femme rurale");
	}

	@Test
	void matchesAreHighlightedAndTheTextEscaped() {
		fixtures.article("Un titre avec <balise> & esperluette")
			.in(solidarity)
			.body("<p>Le code &lt;script&gt;alert(1)&lt;/script&gt; ne doit pas s’exécuter ; inondations.</p>")
			.save();
		indexed();
		SearchResults results = search.search(SearchRequest.of("balise script"));
		assertThat(results.hits()).hasSize(1);
		SearchHit hit = results.hits().get(0);
		assertThat(hit.titleHtml()).isEqualTo("Un titre avec &lt;<mark>balise</mark>&gt; &amp; esperluette");
		assertThat(hit.excerptHtml()).contains("&lt;<mark>script</mark>&gt;").doesNotContain("<script");
	}

	@Test
	void aTitleOrStandfirstWithoutMatchIsEscapedToo() {
		// the highlighters give a text without a match back as stored: never shown as is
		fixtures.article("Un <b>titre</b> & <script>alert(1)</script>")
			.in(solidarity)
			.standfirst("Un chapô <img src=x onerror=alert(2)> & rien d’autre")
			.body("<p>Les digues de Tiassalé ont cédé.</p>")
			.save();
		fixtures.article("Un autre <i>titre</i>")
			.in(solidarity)
			.standfirst("Chapô <em>sans</em> le nom cherché ni rien")
			.body("<p>Le district du Zanzan n’est pas là.</p>")
			.save();
		indexed();
		SearchHit hit = search.search(SearchRequest.of("Tiassalé")).hits().get(0);
		assertThat(hit.titleHtml())
			.isEqualTo("Un &lt;b&gt;titre&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(hit.excerptHtml()).isEqualTo("Les digues de <mark>Tiassalé</mark> ont cédé.");
		SearchHit other = search.search(SearchRequest.of("Zanzan")).hits().get(0);
		assertThat(other.titleHtml()).isEqualTo("Un autre &lt;i&gt;titre&lt;/i&gt;");
		assertThat(other.excerptHtml()).isEqualTo("Le district du <mark>Zanzan</mark> n’est pas là.");
		SearchHit byTitle = search.search(SearchRequest.of("autre titre")).hits().get(0);
		assertThat(byTitle.titleHtml()).isEqualTo("Un <mark>autre</mark> &lt;i&gt;<mark>titre</mark>&lt;&#x2F;i&gt;");
		assertThat(byTitle.excerptHtml()).isEqualTo("Chapô &lt;em&gt;sans&lt;/em&gt; le nom cherché ni rien");
	}

	@Test
	void aLongSentenceIsShortenedAroundItsFirstMatch() {
		String before = "Dans le cadre du programme national de protection sociale, les équipes du ministère, "
				+ "avec les collectivités territoriales et les organisations de la société civile, ";
		String after = " des ménages les plus vulnérables des régions du Nord, du Centre et de l’Ouest, "
				+ "selon les listes établies par les travailleurs sociaux de chaque circonscription.";
		fixtures.article("Protection sociale")
			.in(solidarity)
			.body("<p>" + before + "ont dénombré à Kaniasso" + after + "</p>")
			.save();
		indexed();
		String excerpt = search.search(SearchRequest.of("Kaniasso")).hits().get(0).excerptHtml();
		assertThat(excerpt).contains("<mark>Kaniasso</mark>");
		// a piece of the sentence around the match, with an ellipsis where it was cut
		// (embedded Lucene cuts around the match, OpenSearch from the sentence's start)
		String visible = excerpt.replace("<mark>", "").replace("</mark>", "");
		assertThat(visible.length()).isBetween(150, 240);
		assertThat(visible.startsWith("… ") || visible.endsWith(" …")).isTrue();
		String piece = visible.replaceFirst("^… ", "").replaceFirst(" …$", "");
		assertThat(before + "ont dénombré à Kaniasso" + after).contains(piece);
	}

	@Test
	void queriesWithoutWordsOrTooLongAreRefused() {
		assertThatThrownBy(() -> search.search(SearchRequest.of("   "))).isInstanceOf(InvalidSearch.class)
			.extracting(ex -> ((InvalidSearch) ex).reason())
			.isEqualTo(InvalidSearch.Reason.EMPTY);
		assertThatThrownBy(() -> search.search(SearchRequest.of("*:* (\\ ~ ) \"\" -- ?!")))
			.isInstanceOf(InvalidSearch.class);
		assertThatThrownBy(() -> search.search(SearchRequest.of("mot ".repeat(60))))
			.extracting(ex -> ((InvalidSearch) ex).reason())
			.isEqualTo(InvalidSearch.Reason.TOO_LONG);
		assertThatThrownBy(() -> search
			.search(SearchRequest.of("un deux trois quatre cinq six sept huit neuf dix onze douze treize")))
			.extracting(ex -> ((InvalidSearch) ex).reason())
			.isEqualTo(InvalidSearch.Reason.TOO_MANY_WORDS);
	}

	@Test
	void flashInfosAndPagesAreFoundToo() {
		fixtures.flash("Solidarité / Intempéries", "Distribution de vivres aux sinistrés de Man", Duration.ofHours(2),
				null);
		fixtures.page("missions", "Missions du Ministère",
				"<p>Protéger les personnes vulnérables et les sinistrés.</p>", 0);
		indexed();
		SearchResults results = search.search(SearchRequest.of("sinistrés"));
		assertThat(results.hits()).extracting(SearchHit::type).containsExactlyInAnyOrder("article", "flash", "page");
		assertThat(results.hits()).extracting(SearchHit::path)
			.contains("/flash-infos", "/missions", "/actualites/aide-d-urgence-aux-menages-sinistres-de-bouake");
		assertThat(results.types()).extracting(SearchResults.Facet::value).containsExactly("article", "flash", "page");
		assertThat(results.sections()).containsExactly(new SearchResults.Facet("solidarite", "Solidarité", 1));
	}

	@Test
	void countsByTypeAndSectionAreThoseOfTheWholeResultSet() {
		Section childhood = fixtures.section("Enfance");
		fixtures.article("Ménages sinistrés : les écoles rouvrent").in(childhood).save();
		fixtures.article("Kits scolaires pour les ménages sinistrés").in(childhood).save();
		fixtures.flash("Intempéries", "Recensement des ménages sinistrés", Duration.ofHours(1), null);
		indexed();
		SearchResults results = search.search(SearchRequest.of("ménages sinistrés"));
		assertThat(results.types()).containsExactly(new SearchResults.Facet("article", "article", 3),
				new SearchResults.Facet("flash", "flash", 1));
		assertThat(results.sections()).containsExactly(new SearchResults.Facet("enfance", "Enfance", 2),
				new SearchResults.Facet("solidarite", "Solidarité", 1));
		SearchResults inChildhood = search
			.search(new SearchRequest("ménages sinistrés", null, "enfance", null, false, 0, 10));
		assertThat(inChildhood.total()).isEqualTo(2);
		assertThat(inChildhood.types()).containsExactly(new SearchResults.Facet("article", "article", 2));
		assertThat(inChildhood.sections()).containsExactly(new SearchResults.Facet("enfance", "Enfance", 2));
	}

	@Test
	void suggestionsCompleteTheWordBeingTyped() {
		assertThat(search.suggest("ména sinis", 5)).extracting(Suggestion::title)
			.containsExactly("Aide d’urgence aux ménages sinistrés de Bouaké");
		assertThat(search.suggest("journ", 5)).extracting(Suggestion::path)
			.containsExactly("/actualites/journee-de-la-femme-rurale");
		assertThat(search.suggest("", 5)).isEmpty();
	}

	private List<String> titles(String text) {
		return search.search(SearchRequest.of(text)).hits().stream().map(SearchHit::title).toList();
	}

}
