package org.cohesion.portal.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Helpers for tests that read the search index. */
public final class SearchTesting {

	private static final Pattern HIT_TITLE = Pattern
		.compile("<h2 class=\"search-hit__title\"><a href=\"[^\"]*\">(.*?)</a></h2>");

	private SearchTesting() {
	}

	/**
	 * Waits for a rebuild started by an earlier test (it would put back what this test
	 * removes), then empties the index: test fixtures are removed by bulk deletes, which
	 * the index does not see.
	 */
	public static void cleanIndex(SearchIndex index) throws InterruptedException {
		awaitRebuild(index);
		index.purge();
	}

	/** Waits until no rebuild is running (the rebuild runs in the background). */
	public static void awaitRebuild(SearchIndex index) throws InterruptedException {
		await("the search index rebuild").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> !index.progress().running());
	}

	/**
	 * Waits until every change committed so far can be found. On Lucene that is already
	 * so ({@code read-sync}); on OpenSearch the changes go through the outbox table,
	 * which the nodes' agents drain as they index, and the cluster shows what was indexed
	 * after a refresh, done here rather than waited for.
	 */
	public static void awaitIndexed(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
		await("the outbox of indexing events drained").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class) == 0);
		Search.mapping(entityManagerFactory).scope(Object.class).workspace().refresh();
	}

	/** Titles of the results page for {@code text}, as plain text, in order. */
	public static List<String> titles(MockMvc mvc, String text) throws Exception {
		String html = mvc.perform(get("/recherche").param("q", text))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> titles = new ArrayList<>();
		Matcher matcher = HIT_TITLE.matcher(html);
		while (matcher.find()) {
			titles.add(matcher.group(1).replace("<mark>", "").replace("</mark>", "").replace("&amp;", "&"));
		}
		return titles;
	}

}
