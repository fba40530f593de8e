package org.cohesion.portal.flash.demo;

import java.time.Clock;

import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.shared.DemoContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Loads the demo flash infos, after the articles some of them link to. */
@Component
@Order(20)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
class FlashDemoContent implements ApplicationRunner {

	private final FlashItemRepository items;

	private final NewsApi news;

	private final Clock clock;

	FlashDemoContent(FlashItemRepository items, NewsApi news, Clock clock) {
		this.items = items;
		this.news = news;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (items.count() > 0) {
			return;
		}
		for (JsonNode node : DemoContent.read().get("flash")) {
			var publishedAt = DemoContent.published(node, "08:00", clock);
			var item = new FlashItem(node.get("label").asString(), node.get("text").asString(), publishedAt, null,
					clock);
			if (node.hasNonNull("article")) {
				item.linkTo(news.findPublishedIdByTitle(node.get("article").asString()).orElse(null));
			}
			items.save(item);
		}
	}

}
