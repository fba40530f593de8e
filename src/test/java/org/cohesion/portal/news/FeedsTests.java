package org.cohesion.portal.news;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FeedsTests {

	static final String IMAGE = "/demo/arbre-de-vie.jpg";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Section solidarity;

	Section cooperation;

	Article kitsArticle;

	Article partnerArticle;

	@BeforeEach
	void setUp() {
		fixtures.reset();
		solidarity = fixtures.section("Solidarité");
		cooperation = fixtures.section("Coopération");
		kitsArticle = fixtures.article("Distribution de kits à Bouaké")
			.in(solidarity)
			.standfirst("Des familles sinistrées reçoivent des kits.")
			.image(IMAGE)
			.publishedAgo(Duration.ofDays(1))
			.save();
		partnerArticle = fixtures.article("Accord avec un partenaire")
			.in(cooperation)
			.publishedAgo(Duration.ofHours(2))
			.save();
		fixtures.article("Brouillon en cours").in(solidarity).draft().save();
		fixtures.article("Annonce programmée").in(solidarity).scheduledIn(Duration.ofDays(1)).save();
	}

	@Test
	void rssFeedListsPublishedArticlesWithEnclosure() throws Exception {
		byte[] body = mvc.perform(get("/actualites/rss.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/rss+xml;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "public, max-age=60, stale-while-revalidate=300"))
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		Channel channel = (Channel) parse(body);
		assertThat(channel.getTitle())
			.isEqualTo("Ministère de la Solidarité et de la Cohésion sociale – Toutes les actualités");
		assertThat(channel.getLink()).isEqualTo("https://portail.example/actualites");
		assertThat(channel.getDescription()).isNotBlank();
		List<Item> items = channel.getItems();
		assertThat(items).extracting(Item::getTitle)
			.containsExactly("Accord avec un partenaire", "Distribution de kits à Bouaké");
		Item kits = items.get(1);
		assertThat(kits.getLink()).isEqualTo("https://portail.example/actualites/distribution-de-kits-a-bouake");
		assertThat(kits.getGuid().getValue()).isEqualTo(kits.getLink());
		// RFC 822 dates carry whole seconds
		assertThat(kits.getPubDate().toInstant())
			.isEqualTo(kitsArticle.getPublishedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(items.get(0).getPubDate().toInstant())
			.isEqualTo(partnerArticle.getPublishedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(kits.getCategories()).extracting(c -> c.getValue()).containsExactly("Solidarité");
		assertThat(kits.getDescription().getValue()).isEqualTo("Des familles sinistrées reçoivent des kits.");
		assertThat(kits.getEnclosures()).singleElement().satisfies(enclosure -> {
			assertThat(enclosure.getUrl()).isEqualTo("https://portail.example" + IMAGE);
			assertThat(enclosure.getType()).isEqualTo("image/jpeg");
			assertThat(enclosure.getLength()).isEqualTo(new ClassPathResource("static" + IMAGE).contentLength())
				.isPositive();
		});
	}

	@Test
	void atomFeedListsPublishedArticlesWithEnclosureLink() throws Exception {
		byte[] body = mvc.perform(get("/actualites/atom.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		Feed feed = (Feed) parse(body);
		assertThat(feed.getId()).isEqualTo("https://portail.example/actualites/atom.xml");
		assertThat(feed.getTitleEx().getValue())
			.isEqualTo("Ministère de la Solidarité et de la Cohésion sociale – Toutes les actualités");
		List<Entry> entries = feed.getEntries();
		assertThat(entries).extracting(e -> e.getTitleEx().getValue())
			.containsExactly("Accord avec un partenaire", "Distribution de kits à Bouaké");
		Entry kits = entries.get(1);
		assertThat(kits.getId()).isEqualTo("https://portail.example/actualites/distribution-de-kits-a-bouake");
		assertThat(entries.get(0).getPublished()).isAfter(kits.getPublished());
		assertThat(kits.getUpdated()).isNotNull();
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(kits.getSummary().getValue()).isEqualTo("Des familles sinistrées reçoivent des kits.");
		assertThat(kits.getOtherLinks()).filteredOn(l -> "enclosure".equals(l.getRel()))
			.singleElement()
			.extracting(Link::getHref, Link::getType)
			.containsExactly("https://portail.example" + IMAGE, "image/jpeg");
	}

	@Test
	void sectionFeedsHoldOnlyTheirSection() throws Exception {
		Channel channel = (Channel) parse(mvc.perform(get("/rubriques/solidarite/rss.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(channel.getLink()).isEqualTo("https://portail.example/rubriques/solidarite");
		assertThat(channel.getItems()).extracting(Item::getTitle).containsExactly("Distribution de kits à Bouaké");

		Feed feed = (Feed) parse(mvc.perform(get("/rubriques/cooperation/atom.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(feed.getEntries()).extracting(e -> e.getTitleEx().getValue())
			.containsExactly("Accord avec un partenaire");

		mvc.perform(get("/rubriques/inconnue/rss.xml")).andExpect(status().isNotFound());
	}

	@Test
	void publicPagesAdvertiseTheFeeds() throws Exception {
		mvc.perform(get("/actualites"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Actualités (RSS)\" href=\"https://portail.example/actualites/rss.xml\">")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Actualités (Atom)\" href=\"https://portail.example/actualites/atom.xml\">")));
	}

	private static com.rometools.rome.feed.WireFeed parse(byte[] body) throws Exception {
		return new WireFeedInput().build(new InputSource(new ByteArrayInputStream(body)));
	}

}
