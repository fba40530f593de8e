package org.cohesion.portal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The search benchmark ({@code bench/search-bench.sh}), not a test: skipped unless
 * {@code -Dportal.bench.search=true}. Writes 20,000 generated French articles straight
 * into the database (Hibernate Search's listeners off, so that nothing is indexed on the
 * way), rebuilds the index on disk with the back office's rebuild and times it, then
 * times a fixed set of queries through {@link SiteSearch} (analysis, highlighting and
 * counts included; HTTP excluded).
 */
@EnabledIfSystemProperty(named = "portal.bench.search", matches = "true")
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
class SearchBenchmark {

	static final int ARTICLES = Integer.getInteger("portal.bench.articles", 20_000);

	static final int ROUNDS = Integer.getInteger("portal.bench.rounds", 20);

	static final List<SearchRequest> QUERIES = List.of(SearchRequest.of("ménages sinistrés"),
			SearchRequest.of("menage sinistre"), SearchRequest.of("traite des personnes"),
			SearchRequest.of("transferts monétaires"), SearchRequest.of("cohésion sociale"), SearchRequest.of("Bouaké"),
			SearchRequest.of("kits scolaires"), SearchRequest.of("handicap"), SearchRequest.of("inondasions"),
			SearchRequest.of("\"centres sociaux\""), SearchRequest.of("réinsertion des victimes"),
			SearchRequest.of("l'autonomisation des femmes"), SearchRequest.of("coopération"),
			SearchRequest.of("protection sociale Korhogo"), SearchRequest.of("orphelins"),
			SearchRequest.of("formation des travailleurs sociaux"), SearchRequest.of("paiements"),
			SearchRequest.of("ministre"), SearchRequest.of("solidarité"),
			SearchRequest.of("\"mécanisme national de référencement\""), SearchRequest.of("vulnerables Daloa"),
			SearchRequest.of("accompagnement psychosocial"), SearchRequest.of("distribution de vivres Man"),
			SearchRequest.of("partenaire technique et financier"), SearchRequest.of("jeunes paix quartiers"),
			new SearchRequest("cohésion sociale", "article", "cohesion-sociale", null, false, 0, 10),
			new SearchRequest("ménages", null, null, 2024, false, 0, 10),
			new SearchRequest("traite", null, null, null, true, 0, 10),
			new SearchRequest("formation", null, null, null, false, 3, 10),
			new SearchRequest("solidarité nationale", "article", null, 2023, true, 1, 10));

	static Path directory;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		directory = Files.createTempDirectory("search-bench");
		registry.add("portal.search.in-memory", () -> "false");
		registry.add("portal.search.directory", () -> directory.toString());
		registry.add("portal.search.rebuild-when-missing", () -> "false");
		registry.add("spring.jpa.properties.hibernate.search.indexing.listeners.enabled", () -> "false");
		registry.add("logging.level.org.hibernate.search", () -> "WARN");
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndex index;

	@Autowired
	SiteSearch search;

	@Test
	void benchmark() throws Exception {
		fixtures.reset();
		List<Section> sections = new ArrayList<>();
		for (String name : FrenchCorpus.SECTIONS) {
			sections.add(fixtures.section(name));
		}
		long generating = System.nanoTime();
		FrenchCorpus corpus = new FrenchCorpus(new Random(20_000));
		Instant now = Instant.now();
		List<Object[]> rows = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < ARTICLES; i++) {
			FrenchCorpus.Generated article = corpus.article(i);
			bytes += article.body().length();
			Timestamp published = Timestamp.from(now.minus(Duration.ofMinutes(1 + corpus.minutesAgo())));
			rows.add(new Object[] { "article-" + i, article.title(), article.standfirst(), article.body(),
					sections.get(corpus.section()).getId(), published, published, published });
			if (rows.size() == 500 || i == ARTICLES - 1) {
				jdbc.batchUpdate(
						"insert into news_article (slug, language, title, standfirst, body, section_id, status, "
								+ "featured, published_at, created_at, updated_at, version) "
								+ "values (?, 'fr', ?, ?, ?, ?, 'PUBLISHED', false, ?, ?, ?, 0)",
						rows);
				rows.clear();
			}
		}
		long generated = System.nanoTime() - generating;

		var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuBefore = os.getProcessCpuTime();
		long started = System.nanoTime();
		index.rebuild();
		SearchTesting.awaitRebuild(index);
		long reindex = System.nanoTime() - started;
		long reindexCpu = os.getProcessCpuTime() - cpuBefore;
		if (index.progress().state() != RebuildProgress.State.DONE) {
			throw new IllegalStateException("Rebuild failed: " + index.progress());
		}

		// The counts by type and section, both ways in the same run, query by query, in
		// alternating order: "terms" (terms aggregations on the strings, as before) and
		// "codes" (range aggregations on the numeric codes, as now).
		Object target = AopTestUtils.getUltimateTargetObject(search);
		for (int round = 0; round < 5; round++) {
			for (SearchRequest query : QUERIES) {
				ReflectionTestUtils.setField(target, "countWithTerms", true);
				SearchResults byTerms = search.search(query);
				ReflectionTestUtils.setField(target, "countWithTerms", false);
				SearchResults byCodes = search.search(query);
				if (!byTerms.equals(byCodes)) {
					throw new IllegalStateException("Counts differ for " + query + ":\n" + byTerms + "\n" + byCodes);
				}
			}
		}
		String[] variants = { "terms (before)", "codes (after)" };
		long[][] latencies = new long[2][QUERIES.size() * ROUNDS];
		long[][] cpu = new long[2][QUERIES.size() * ROUNDS];
		long hits = 0;
		int n = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (SearchRequest query : QUERIES) {
				for (int k = 0; k < 2; k++) {
					int variant = (round + k) % 2;
					ReflectionTestUtils.setField(target, "countWithTerms", variant == 0);
					long c = threads.getCurrentThreadCpuTime();
					long t = System.nanoTime();
					SearchResults results = search.search(query);
					latencies[variant][n] = System.nanoTime() - t;
					cpu[variant][n] = threads.getCurrentThreadCpuTime() - c;
					hits += results.total();
				}
				n++;
			}
		}
		ReflectionTestUtils.setField(target, "countWithTerms", false);
		long indexBytes;
		try (var files = Files.walk(directory)) {
			indexBytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
		double load = os.getSystemLoadAverage();
		StringBuilder lines = new StringBuilder();
		for (int variant = 0; variant < 2; variant++) {
			long[] wall = latencies[variant];
			long[] thread = cpu[variant];
			Arrays.sort(wall);
			Arrays.sort(thread);
			String line = String.format(java.util.Locale.ROOT,
					"| %s | %s | %,d | %.1f MB | %.1f s | %.1f s (%.1f s CPU) | %.1f MB | %d | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f / %.1f | %.1f |",
					System.getProperty("java.version"), variants[variant], ARTICLES, bytes / 1e6, generated / 1e9,
					reindex / 1e9, reindexCpu / 1e9, indexBytes / 1e6, wall.length, percentile(wall, 50),
					percentile(wall, 95), percentile(wall, 99), wall[wall.length - 1] / 1e6, percentile(thread, 50),
					percentile(thread, 95), percentile(thread, 99), load);
			System.out.println("SEARCH-BENCH " + line);
			lines.append(line).append('\n');
		}
		System.out.println("SEARCH-BENCH average hits per query: " + hits / (2 * n));
		Files.writeString(Path.of("target", "search-bench.md"), lines.toString(),
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
	}

	private static double percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, rank)] / 1e6;
	}

}
