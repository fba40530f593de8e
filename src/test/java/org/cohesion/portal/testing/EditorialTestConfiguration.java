package org.cohesion.portal.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cohesion.portal.news.ArticlePublished;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/**
 * For tests of the back office's publishing: a clock the test moves by hand, and a record
 * of every {@link ArticlePublished} announced, whatever the thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EditorialTestConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES), ZoneId.of("Africa/Abidjan"));
	}

	@Bean
	Announcements announcements() {
		return new Announcements();
	}

	/** Every announcement seen, in order. */
	public static class Announcements {

		private final List<ArticlePublished> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(ArticlePublished event) {
			seen.add(event);
		}

		public List<ArticlePublished> of(long articleId) {
			return seen.stream().filter(event -> event.articleId() == articleId).toList();
		}

		public void clear() {
			seen.clear();
		}

	}

}
