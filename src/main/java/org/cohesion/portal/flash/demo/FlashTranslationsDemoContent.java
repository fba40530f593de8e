package org.cohesion.portal.flash.demo;

import java.time.Clock;

import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.flash.domain.FlashItemTranslationRepository;
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

/** Adds the demo translations of a few flash infos. */
@Component
@Order(21)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
class FlashTranslationsDemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FlashTranslationsDemoContent.class);

	private final FlashItemRepository items;

	private final FlashItemTranslationRepository translations;

	private final Clock clock;

	FlashTranslationsDemoContent(FlashItemRepository items, FlashItemTranslationRepository translations, Clock clock) {
		this.items = items;
		this.translations = translations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (translations.count() > 0) {
			return;
		}
		int count = DemoTranslations.apply("flash", (language, node) -> {
			String original = node.get("original").asString();
			FlashItem item = items.findAll()
				.stream()
				.filter(i -> i.getText().equals(original))
				.findFirst()
				.orElse(null);
			if (item == null) {
				return false;
			}
			item.translate(language, node.get("label").asString(), node.get("text").asString(), "Démonstration", clock);
			items.saveAndFlush(item);
			return true;
		});
		log.info("Demo content: {} flash translations loaded", count);
	}

}
