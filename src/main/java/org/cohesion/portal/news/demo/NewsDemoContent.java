package org.cohesion.portal.news.demo;

import java.time.Clock;

import java.util.List;

import org.cohesion.portal.accounts.EditorDirectory;
import org.cohesion.portal.media.MediaApi;
import org.cohesion.portal.media.MediaUsages;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.DemoContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Loads the demo sections and articles into an empty newsroom. */
@Component
@Order(10)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
class NewsDemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NewsDemoContent.class);

	private final SectionRepository sections;

	private final ArticleRepository articles;

	private final Clock clock;

	private final MediaApi media;

	private final MediaUsages usages;

	/** The demo articles are written by the demo Rédacteur (published by the Éditeur). */
	static final String DEMO_WRITER = "redacteur@demo.example";

	private final EditorDirectory editors;

	NewsDemoContent(SectionRepository sections, ArticleRepository articles, Clock clock, MediaApi media,
			MediaUsages usages, EditorDirectory editors) {
		this.editors = editors;
		this.media = media;
		this.usages = usages;
		this.sections = sections;
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var writer = editors.findByEmail(DEMO_WRITER);
		if (sections.count() > 0) {
			// a demo database loaded before articles had authors: name the writer now
			writer.ifPresent(w -> articles.findAll().forEach(article -> article.attributeTo(w.id(), w.displayName())));
			return;
		}
		JsonNode content = DemoContent.read();
		int position = 0;
		for (JsonNode node : content.get("sections")) {
			sections.save(new Section(node.get("slug").asString(), node.get("name").asString(),
					node.get("description").asString(), position++));
		}
		int count = 0;
		for (JsonNode node : content.get("articles")) {
			Section section = sections.findBySlug(node.get("section").asString())
				.orElseThrow(() -> new IllegalStateException("Unknown demo section " + node.get("section")));
			Article article = Article.draft(node.get("title").asString(), node.get("standfirst").asString(),
					node.get("body").asString(), section, articles::existsBySlug, clock);
			if (node.hasNonNull("image")) {
				article.illustrate("/demo/" + node.get("image").asString(), node.path("imageAlt").asString(""));
				// The same illustration from the media library (imported by its demo
				// loader),
				// so the cover gets its derivatives and srcset.
				media.findByOriginalName(node.get("image").asString())
					.flatMap(media::image)
					.ifPresent(image -> article.illustrateFromLibrary(image.id(), image.src(),
							node.path("imageAlt").asString(image.alt())));
			}
			// By the gallery's slug, never by matching titles: a title's typography (a
			// non-breaking space before « : ») made that match fail silently.
			if (node.hasNonNull("gallery")) {
				String gallery = node.get("gallery").asString();
				article.attachGallery(media.findGalleryId(gallery)
					.orElseThrow(() -> new IllegalStateException("Unknown demo gallery " + gallery)));
			}
			writer.ifPresent(w -> article.attributeTo(w.id(), w.displayName()));
			article.markFeatured(node.path("featured").asBoolean(false));
			java.util.List<String> tags = new java.util.ArrayList<>();
			node.path("tags").forEach(tag -> tags.add(tag.asString()));
			article.retag(tags);
			article.publish(DemoContent.published(node, "09:00", clock), clock);
			articles.saveAndFlush(article);
			if (article.getCoverMediaId() != null) {
				usages.replace("article", article.getId(), List.of(article.getCoverMediaId()),
						"Actualité : " + article.getTitle(), "/admin/actualites/" + article.getId());
			}
			count++;
		}
		log.info("Demo content: {} sections and {} articles loaded", position, count);
	}

}
