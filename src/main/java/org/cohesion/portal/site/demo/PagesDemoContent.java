package org.cohesion.portal.site.demo;

import java.time.Clock;

import org.cohesion.portal.shared.DemoContent;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Loads the demo static pages (Le Ministère, Missions, Contacts…). */
@Component
@Order(30)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
class PagesDemoContent implements ApplicationRunner {

	private final PageRepository pages;

	private final Clock clock;

	PagesDemoContent(PageRepository pages, Clock clock) {
		this.pages = pages;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (pages.count() > 0) {
			return;
		}
		for (JsonNode node : DemoContent.read().get("pages")) {
			pages.save(
					new Page(node.get("slug").asString(), node.get("title").asString(), node.get("summary").asString(),
							node.get("body").asString(), node.path("menuOrder").asInt(0), clock));
		}
	}

}
