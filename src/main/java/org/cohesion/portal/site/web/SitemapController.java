package org.cohesion.portal.site.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.cohesion.portal.news.IndexedArticle;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.SectionView;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines need to find every public page: {@code /sitemap.xml} (with the
 * articles' cover images), the Google News sitemap of the last two days, and
 * {@code /robots.txt} pointing to both. Written with a StAX writer so that the XML stays
 * well formed whatever a title holds.
 */
@Controller
class SitemapController {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	/** Google News only reads articles of the last two days. */
	static final Duration NEWS_WINDOW = Duration.ofDays(2);

	private final NewsApi news;

	private final PageRepository pages;

	private final PlatformProperties platform;

	private final SiteProperties site;

	private final Clock clock;

	SitemapController(NewsApi news, PageRepository pages, PlatformProperties platform, SiteProperties site,
			Clock clock) {
		this.news = news;
		this.pages = pages;
		this.platform = platform;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		String base = platform.baseUrlWithoutSlash();
		String body = """
				User-agent: *
				Allow: /
				Disallow: /admin
				Disallow: /connexion

				Sitemap: %1$s/sitemap.xml
				Sitemap: %1$s/sitemap-news.xml
				""".formatted(base);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(body);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		byte[] body = write(xml -> {
			xml.writeNamespace("image", IMAGE_NS);
			url(xml, "/", null, "daily");
			url(xml, "/actualites", null, "hourly");
			url(xml, "/flash-infos", null, "daily");
			for (SectionView section : news.sections()) {
				url(xml, section.path(), null, "daily");
			}
			for (Page page : pages.findAllByOrderByPositionAsc()) {
				url(xml, "/" + page.getSlug(), page.getUpdatedAt(), "monthly");
			}
			for (IndexedArticle article : news.indexed()) {
				xml.writeStartElement(SITEMAP_NS, "url");
				element(xml, SITEMAP_NS, "loc", absolute(article.summary().path()));
				element(xml, SITEMAP_NS, "lastmod", w3c(article.modifiedAt()));
				String image = article.summary().imagePath();
				if (image != null && !image.isBlank()) {
					xml.writeStartElement(IMAGE_NS, "image");
					element(xml, IMAGE_NS, "loc", image.startsWith("/") ? absolute(image) : image);
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
		});
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
	}

	@GetMapping("/sitemap-news.xml")
	ResponseEntity<byte[]> newsSitemap() {
		byte[] body = write(xml -> {
			xml.writeNamespace("news", NEWS_NS);
			for (IndexedArticle article : news.indexedSince(clock.instant().minus(NEWS_WINDOW))) {
				xml.writeStartElement(SITEMAP_NS, "url");
				element(xml, SITEMAP_NS, "loc", absolute(article.summary().path()));
				xml.writeStartElement(NEWS_NS, "news");
				xml.writeStartElement(NEWS_NS, "publication");
				element(xml, NEWS_NS, "name", site.name());
				element(xml, NEWS_NS, "language", article.summary().language());
				xml.writeEndElement();
				element(xml, NEWS_NS, "publication_date", w3c(article.summary().publishedAt()));
				element(xml, NEWS_NS, "title", article.summary().title());
				xml.writeEndElement();
				xml.writeEndElement();
			}
		});
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
	}

	private void url(XMLStreamWriter xml, String path, @Nullable Instant lastmod, String changefreq)
			throws XMLStreamException {
		xml.writeStartElement(SITEMAP_NS, "url");
		element(xml, SITEMAP_NS, "loc", absolute(path));
		if (lastmod != null) {
			element(xml, SITEMAP_NS, "lastmod", w3c(lastmod));
		}
		element(xml, SITEMAP_NS, "changefreq", changefreq);
		xml.writeEndElement();
	}

	private String absolute(String path) {
		return platform.baseUrlWithoutSlash() + path;
	}

	private static String w3c(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static void element(XMLStreamWriter xml, String namespace, String name, String text)
			throws XMLStreamException {
		xml.writeStartElement(namespace, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static byte[] write(Urls urls) {
		try {
			var out = new ByteArrayOutputStream();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(SITEMAP_NS);
			xml.setPrefix("image", IMAGE_NS);
			xml.setPrefix("news", NEWS_NS);
			xml.writeStartElement(SITEMAP_NS, "urlset");
			xml.writeDefaultNamespace(SITEMAP_NS);
			urls.write(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toByteArray();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Sitemap could not be written", ex);
		}
	}

	@FunctionalInterface
	private interface Urls {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
