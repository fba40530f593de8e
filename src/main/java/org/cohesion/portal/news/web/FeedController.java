package org.cohesion.portal.news.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.i18n.PageLanguage;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * RSS 2.0 and Atom feeds of the latest news, for all sections and for each one. Written
 * with a StAX writer rather than a template so that the XML is well formed whatever an
 * editor types into a title.
 */
@Controller
class FeedController {

	static final int ITEMS = 20;

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	private final Newsroom newsroom;

	private final MessageSource messages;

	private final PlatformProperties platform;

	private final SiteProperties site;

	private final Clock clock;

	private final Languages languages;

	FeedController(Newsroom newsroom, MessageSource messages, PlatformProperties platform, SiteProperties site,
			Clock clock, Languages languages) {
		this.newsroom = newsroom;
		this.languages = languages;
		this.messages = messages;
		this.platform = platform;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping("/actualites/rss.xml")
	ResponseEntity<byte[]> newsRss(HttpServletRequest request) {
		return ResponseEntity.ok().contentType(RSS).body(rss(allNews(language(request))));
	}

	@GetMapping("/actualites/atom.xml")
	ResponseEntity<byte[]> newsAtom(HttpServletRequest request) {
		return ResponseEntity.ok().contentType(ATOM).body(atom(allNews(language(request))));
	}

	@GetMapping("/rubriques/{slug}/rss.xml")
	ResponseEntity<byte[]> sectionRss(@PathVariable String slug, HttpServletRequest request) {
		return ResponseEntity.ok().contentType(RSS).body(rss(section(slug, language(request))));
	}

	@GetMapping("/rubriques/{slug}/atom.xml")
	ResponseEntity<byte[]> sectionAtom(@PathVariable String slug, HttpServletRequest request) {
		return ResponseEntity.ok().contentType(ATOM).body(atom(section(slug, language(request))));
	}

	/** The feed's language: {@code /en/actualites/rss.xml} is the English feed. */
	private Locale language(HttpServletRequest request) {
		return Locale.forLanguageTag(PageLanguage.language(request, languages.defaultLanguage()));
	}

	private Feed allNews(Locale locale) {
		String heading = messages.getMessage("news.list.heading", null, locale);
		return new Feed(site.name() + " – " + heading,
				messages.getMessage("feeds.news.description", new Object[] { site.name() }, locale), "/actualites",
				items(locale, null), locale, languages.path(locale.getLanguage(), ""));
	}

	private Feed section(String slug, Locale locale) {
		Newsroom.FeedSection section = newsroom.feedSection(slug);
		return new Feed(site.name() + " – " + section.name(), section.description(), "/rubriques/" + section.slug(),
				items(locale, section.slug()), locale, languages.path(locale.getLanguage(), ""));
	}

	private List<Item> items(Locale locale, @Nullable String sectionSlug) {
		return newsroom.feedEntries(locale.getLanguage(), sectionSlug, ITEMS)
			.stream()
			.map(entry -> Item.of(entry.summary(), entry.updated(), entry.prefix()))
			.toList();
	}

	private byte[] rss(Feed feed) {
		return write((xml, base) -> {
			xml.writeStartElement("rss");
			xml.writeAttribute("version", "2.0");
			xml.writeNamespace("atom", ATOM_NS);
			xml.writeStartElement("channel");
			element(xml, "title", feed.title());
			element(xml, "link", base + feed.prefix() + feed.path());
			element(xml, "description", feed.description());
			element(xml, "language", feed.locale().toLanguageTag());
			element(xml, "lastBuildDate", rfc822(feed.updated(clock.instant())));
			// Recommended by the RSS Advisory Board: lets a reader find the feed's own
			// address.
			xml.writeEmptyElement("atom", "link", ATOM_NS);
			xml.writeAttribute("href", base + feed.prefix() + feed.path() + "/rss.xml");
			xml.writeAttribute("rel", "self");
			xml.writeAttribute("type", "application/rss+xml");
			for (Item item : feed.items()) {
				String link = base + item.path();
				xml.writeStartElement("item");
				element(xml, "title", item.title());
				element(xml, "link", link);
				xml.writeStartElement("guid");
				xml.writeAttribute("isPermaLink", "true");
				xml.writeCharacters(link);
				xml.writeEndElement();
				element(xml, "pubDate", rfc822(item.published()));
				element(xml, "category", item.sectionName());
				element(xml, "description", item.standfirst());
				Enclosure enclosure = Enclosure.of(item.imagePath(), base);
				if (enclosure != null) {
					xml.writeEmptyElement("enclosure");
					xml.writeAttribute("url", enclosure.url());
					xml.writeAttribute("length", Long.toString(enclosure.length()));
					xml.writeAttribute("type", enclosure.type());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	private byte[] atom(Feed feed) {
		return write((xml, base) -> {
			xml.setDefaultNamespace(ATOM_NS);
			xml.writeStartElement(ATOM_NS, "feed");
			xml.writeDefaultNamespace(ATOM_NS);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", feed.locale().toLanguageTag());
			element(xml, "id", base + feed.prefix() + feed.path() + "/atom.xml");
			element(xml, "title", feed.title());
			element(xml, "subtitle", feed.description());
			element(xml, "updated", feed.updated(clock.instant()).toString());
			link(xml, "alternate", base + feed.prefix() + feed.path(), "text/html", null);
			link(xml, "self", base + feed.prefix() + feed.path() + "/atom.xml", "application/atom+xml", null);
			xml.writeStartElement("author");
			element(xml, "name", site.name());
			xml.writeEndElement();
			for (Item item : feed.items()) {
				String link = base + item.path();
				xml.writeStartElement("entry");
				element(xml, "id", link);
				element(xml, "title", item.title());
				link(xml, "alternate", link, "text/html", null);
				element(xml, "published", item.published().toString());
				element(xml, "updated", item.updated().toString());
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", item.sectionSlug());
				xml.writeAttribute("label", item.sectionName());
				element(xml, "summary", item.standfirst());
				Enclosure enclosure = Enclosure.of(item.imagePath(), base);
				if (enclosure != null) {
					link(xml, "enclosure", enclosure.url(), enclosure.type(), enclosure.length());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	private byte[] write(Body body) {
		try {
			var out = new ByteArrayOutputStream();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml, platform.baseUrlWithoutSlash());
			xml.writeEndDocument();
			xml.close();
			return out.toByteArray();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Feed could not be written", ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type, @Nullable Long length)
			throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
		if (length != null) {
			xml.writeAttribute("length", Long.toString(length));
		}
	}

	private static String rfc822(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
	}

	@FunctionalInterface
	private interface Body {

		void write(XMLStreamWriter xml, String baseUrl) throws XMLStreamException;

	}

	private record Feed(String title, String description, String path, List<Item> items, Locale locale, String prefix) {

		/** The latest change among the entries; a feed without any is as new as now. */
		Instant updated(Instant now) {
			return items.stream().map(Item::updated).max(Instant::compareTo).orElse(now);
		}

	}

	/** An entry: an article, or its translation, as the feed's readers see it. */
	private record Item(String title, String path, String standfirst, String sectionSlug, String sectionName,
			Instant published, Instant updated, @Nullable String imagePath) {

		static Item of(ArticleSummary summary, Instant updated, String prefix) {
			return new Item(summary.title(), prefix + summary.path(), summary.standfirst(), summary.sectionSlug(),
					summary.sectionName(), summary.publishedAt(),
					updated.isBefore(summary.publishedAt()) ? summary.publishedAt() : updated, summary.imagePath());
		}

	}

	/**
	 * A cover image as a feed enclosure. Readers want its size and type: the size is read
	 * from the bundled static file when the image is one of ours, and is 0 (unknown, as
	 * the RSS profile allows) otherwise.
	 */
	record Enclosure(String url, long length, String type) {

		static @Nullable Enclosure of(@Nullable String imagePath, String baseUrl) {
			if (imagePath == null || imagePath.isBlank()) {
				return null;
			}
			String url = imagePath.startsWith("/") ? baseUrl + imagePath : imagePath;
			String type = MediaTypeFactory.getMediaType(imagePath)
				.map(MediaType::toString)
				.orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
			return new Enclosure(url, localSize(imagePath), type);
		}

		private static long localSize(String imagePath) {
			boolean local = (imagePath.startsWith("/demo/") || imagePath.startsWith("/img/"))
					&& !imagePath.contains("..");
			if (!local) {
				return 0;
			}
			var resource = new ClassPathResource("static" + imagePath);
			try {
				return resource.exists() ? resource.contentLength() : 0;
			}
			catch (IOException ex) {
				return 0;
			}
		}

	}

}
