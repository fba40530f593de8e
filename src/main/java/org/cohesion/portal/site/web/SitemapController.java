package org.cohesion.portal.site.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.cohesion.portal.news.IndexedArticle;
import org.cohesion.portal.media.GalleryView;
import org.cohesion.portal.media.MediaApi;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.SectionView;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
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

	/** Language alternates of a URL ({@code xhtml:link rel="alternate" hreflang}). */
	static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

	/** Google News only reads articles of the last two days. */
	static final Duration NEWS_WINDOW = Duration.ofDays(2);

	/**
	 * At most this many galleries in the sitemap (far more than a ministry publishes).
	 */
	static final int GALLERIES = 2000;

	private final NewsApi news;

	private final SiteReader siteReader;

	private final PlatformProperties platform;

	private final SiteProperties site;

	private final Clock clock;

	private final Languages languages;

	private final MediaApi media;

	SitemapController(NewsApi news, SiteReader siteReader, PlatformProperties platform, SiteProperties site,
			Clock clock, Languages languages, MediaApi media) {
		this.media = media;
		this.languages = languages;
		this.news = news;
		this.siteReader = siteReader;
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
			xml.writeNamespace("xhtml", XHTML_NS);
			// the site's frame exists in every language; content where it is translated
			localized(xml, everyLanguage("/"), null, "daily", null);
			localized(xml, everyLanguage("/actualites"), null, "hourly", null);
			localized(xml, everyLanguage("/flash-infos"), null, "daily", null);
			for (SectionView section : news.sections()) {
				localized(xml, everyLanguage(section.path()), null, "daily", null);
			}
			for (SiteReader.SitemapPage page : siteReader.sitemapPages()) {
				localized(xml, page.paths(), page.updatedAt(), "monthly", null);
			}
			// the galleries (written in the site's first language), with their photos
			localized(xml, everyLanguage("/galeries"), null, "weekly", null);
			for (GalleryView gallery : media.publicGalleries(0, GALLERIES).getContent()) {
				xml.writeStartElement(SITEMAP_NS, "url");
				element(xml, SITEMAP_NS, "loc", absolute(gallery.path()));
				for (GalleryView.Photo photo : gallery.photos()) {
					xml.writeStartElement(IMAGE_NS, "image");
					element(xml, IMAGE_NS, "loc", absolute(photo.image().src()));
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			Map<Long, Map<String, String>> articleSlugs = news.translatedSlugs();
			for (IndexedArticle article : news.indexed()) {
				Map<String, String> paths = new LinkedHashMap<>();
				paths.put(article.summary().language(), article.summary().path());
				articleSlugs.getOrDefault(article.summary().id(), Map.of())
					.forEach((language, slug) -> paths.put(language, "/actualites/" + slug));
				localized(xml, paths, article.modifiedAt(), null, article.summary().imagePath());
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

	/**
	 * One {@code <url>} per language the content exists in ({@code pathsByLanguage}:
	 * unprefixed paths), each naming all of them, and the original, as alternates.
	 */
	private void localized(XMLStreamWriter xml, Map<String, String> pathsByLanguage, @Nullable Instant lastmod,
			@Nullable String changefreq, @Nullable String image) throws XMLStreamException {
		for (var entry : pathsByLanguage.entrySet()) {
			xml.writeStartElement(SITEMAP_NS, "url");
			element(xml, SITEMAP_NS, "loc", absolute(languages.path(entry.getKey(), entry.getValue())));
			if (lastmod != null) {
				element(xml, SITEMAP_NS, "lastmod", w3c(lastmod));
			}
			if (changefreq != null) {
				element(xml, SITEMAP_NS, "changefreq", changefreq);
			}
			if (image != null && !image.isBlank()) {
				xml.writeStartElement(IMAGE_NS, "image");
				element(xml, IMAGE_NS, "loc", image.startsWith("/") ? absolute(image) : image);
				xml.writeEndElement();
			}
			if (pathsByLanguage.size() > 1) {
				for (var alternate : pathsByLanguage.entrySet()) {
					alternate(xml, alternate.getKey(), languages.path(alternate.getKey(), alternate.getValue()));
				}
				String original = pathsByLanguage.get(languages.defaultLanguage());
				if (original != null) {
					alternate(xml, "x-default", original);
				}
			}
			xml.writeEndElement();
		}
	}

	private void alternate(XMLStreamWriter xml, String hreflang, String path) throws XMLStreamException {
		xml.writeEmptyElement(XHTML_NS, "link");
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("hreflang", hreflang);
		xml.writeAttribute("href", absolute(path));
	}

	private Map<String, String> everyLanguage(String path) {
		Map<String, String> paths = new LinkedHashMap<>();
		languages.all().forEach(language -> paths.put(language, path));
		return paths;
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
			xml.setPrefix("xhtml", XHTML_NS);
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
