package org.cohesion.portal.news.demo;

import java.time.Clock;

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

	NewsDemoContent(SectionRepository sections, ArticleRepository articles, Clock clock) {
		this.sections = sections;
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (sections.count() > 0) {
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
			}
			article.markFeatured(node.path("featured").asBoolean(false));
			java.util.List<String> tags = new java.util.ArrayList<>();
			node.path("tags").forEach(tag -> tags.add(tag.asString()));
			article.retag(tags);
			article.publish(
					DemoContent.instant(node.get("daysAgo").asInt(), node.path("time").asString("09:00"), clock),
					clock);
			articles.saveAndFlush(article);
			count++;
		}
		log.info("Demo content: {} sections and {} articles loaded", position, count);
	}

}
