package org.cohesion.portal.site.demo;

import java.time.Clock;

import org.cohesion.portal.shared.DemoContent;
import org.cohesion.portal.shared.DemoTranslations;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.site.domain.PageTranslationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adds the demo translations of the static pages (all but the legal notice). */
@Component
@Order(31)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
class PagesTranslationsDemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PagesTranslationsDemoContent.class);

	private final PageRepository pages;

	private final PageTranslationRepository translations;

	private final Clock clock;

	PagesTranslationsDemoContent(PageRepository pages, PageTranslationRepository translations, Clock clock) {
		this.pages = pages;
		this.translations = translations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (translations.count() > 0) {
			return;
		}
		int count = DemoTranslations.apply("pages", (language, node) -> {
			var page = pages.findBySlug(node.get("original").asString()).orElse(null);
			if (page == null) {
				return false;
			}
			page.translate(language, node.get("title").asString(), node.get("summary").asString(),
					node.get("body").asString(), slug -> translations.existsByLanguageAndSlug(language, slug),
					"Démonstration", clock);
			pages.saveAndFlush(page);
			return true;
		});
		log.info("Demo content: {} page translations loaded", count);
	}

}
