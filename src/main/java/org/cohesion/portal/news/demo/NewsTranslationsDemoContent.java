package org.cohesion.portal.news.demo;

import java.time.Clock;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleTranslationRepository;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.DemoContent;
import org.cohesion.portal.shared.DemoTranslations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adds the demo translations of a few articles, once the articles are there. */
@Component
@Order(11)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
class NewsTranslationsDemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NewsTranslationsDemoContent.class);

	private final ArticleRepository articles;

	private final ArticleTranslationRepository translations;

	private final Clock clock;

	private final SectionRepository sections;

	NewsTranslationsDemoContent(ArticleRepository articles, ArticleTranslationRepository translations, Clock clock,
			SectionRepository sections) {
		this.sections = sections;
		this.articles = articles;
		this.translations = translations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (translations.count() > 0) {
			return;
		}
		DemoTranslations.apply("sections", (language, node) -> {
			String slug = node.get("original").asString();
			sections.findBySlug(slug)
				.orElseThrow(() -> new IllegalStateException("Unknown demo section " + slug))
				.translate(language, node.get("name").asString(), node.get("description").asString());
			return true;
		});
		int count = DemoTranslations.apply("articles", (target, node) -> {
			String original = node.get("original").asString();
			Article article = articles.findAll()
				.stream()
				.filter(a -> a.getTitle().equals(original))
				.findFirst()
				.orElse(null);
			if (article == null) {
				return false;
			}
			article.translate(target, node.get("title").asString(), node.get("standfirst").asString(),
					node.get("body").asString(), null, null, slug -> translations.existsByLanguageAndSlug(target, slug),
					"Démonstration", clock);
			articles.saveAndFlush(article);
			return true;
		});
		log.info("Demo content: {} article translations loaded", count);
	}

}
