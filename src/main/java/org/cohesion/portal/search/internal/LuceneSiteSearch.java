package org.cohesion.portal.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.pagecache.ReadModels;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.search.InvalidSearch;
import org.cohesion.portal.search.SearchHit;
import org.cohesion.portal.search.SearchRequest;
import org.cohesion.portal.search.SearchResults;
import org.cohesion.portal.search.SearchResults.Facet;
import org.cohesion.portal.search.SearchText;
import org.cohesion.portal.search.SearchUnavailable;
import org.cohesion.portal.search.SiteSearch;
import org.cohesion.portal.search.Suggestion;
import org.cohesion.portal.indexing.SearchFields;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.data.Range;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Queries every index at once ({@code Object.class} scope) by the field names of
 * {@link SearchFields}, and reads results from the index only (projections): no entity is
 * loaded, so this module never touches another module's classes, and a search takes no
 * database connection (no transaction; the section names are a {@link ReadModels read
 * model}). The same queries run on either backend (the name is from when Lucene was the
 * only one).
 * <p>
 * Matched words are marked by two highlighters: the plain one for titles and summaries,
 * short texts it shows whole; the unified one for bodies, which reads the words' offsets
 * from the index (term vectors) and gives the best sentence, shortened around the first
 * match when it is long ({@link #shorten}). A text without a match is shown escaped by
 * this class, never as the highlighter would give it back.
 */
@Service
class LuceneSiteSearch implements SiteSearch {

	/** Words this long or longer tolerate one typing mistake. */
	static final int FUZZY_FROM_LENGTH = 5;

	static final int YEARS_BACK = 25;

	private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");

	private static final AggregationKey<Map<String, Long>> SECTIONS = AggregationKey.of("sections");

	private static final AggregationKey<Map<Range<Instant>, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<Range<Long>, Long>> TYPE_CODES = AggregationKey.of("typeCodes");

	private static final AggregationKey<Map<Range<Long>, Long>> SECTION_CODES = AggregationKey.of("sectionCodes");

	private static final String SECTION_NAMES = "search.sectionNames";

	private static final String MARK = "<mark>";

	private static final String END_MARK = "</mark>";

	/**
	 * Count types and sections as before: terms aggregations on their strings (much
	 * slower on broad queries than range aggregations on their codes) and section names
	 * read from {@link NewsApi#sections()} (which also counts articles). Switched on only
	 * by {@code SearchBenchmark}, to measure both ways in one run. The terms aggregations
	 * are also the fallback, by themselves, if two known types or sections ever share a
	 * {@link SearchFields#code(String) code}.
	 */
	volatile boolean countWithTerms;

	/**
	 * OpenSearch computes range aggregations on doubles, where two 63-bit codes a unit
	 * apart are the same number: there, types and sections are always counted by terms
	 * (which the cluster does from its global ordinals, cheaply).
	 */
	private final boolean codesCountable;

	/** Sentences longer than this (visible characters) are shortened around the match. */
	static final int EXCERPT_MAX = 300;

	/**
	 * The length of a shortened excerpt, about what the plain highlighter used to cut.
	 */
	static final int EXCERPT_SHORTENED = 220;

	private final EntityManagerFactory entityManagerFactory;

	private final NewsApi news;

	private final ReadModels readModels;

	private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(3);

	private final Clock clock;

	private final boolean findsChangesOnCommit;

	/**
	 * On a cluster, a query is given up after {@link #REMOTE_TIMEOUT}: a cluster that
	 * accepts connections but does not answer would otherwise hold each search request
	 * for the client's 30 s read timeout.
	 */
	private final boolean remote;

	private final ZoneId zone;

	LuceneSiteSearch(EntityManagerFactory entityManagerFactory, NewsApi news, ReadModels readModels, Clock clock,
			PlatformProperties platform, SearchProperties properties) {
		this.codesCountable = properties.backend() == SearchProperties.Backend.LUCENE;
		this.findsChangesOnCommit = properties.backend() == SearchProperties.Backend.LUCENE;
		this.remote = properties.backend() == SearchProperties.Backend.OPENSEARCH;
		this.entityManagerFactory = entityManagerFactory;
		this.news = news;
		this.readModels = readModels;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	@Override
	public boolean findsChangesOnCommit() {
		return findsChangesOnCommit;
	}

	@Override
	public SearchResults search(SearchRequest request) {
		SearchText text = SearchText.parse(request.text());
		// an entity manager of its own, outside any transaction: the query reads the
		// index only and never asks for a connection
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchResults exact = search(session, request, text, false);
			// Typos are looked for only when the words as typed find nothing: the common
			// case stays a plain term query, and a misspelt word still finds what was
			// meant.
			if (exact.total() == 0 && text.words().stream().anyMatch(word -> letters(word) >= FUZZY_FROM_LENGTH)) {
				return search(session, request, text, true);
			}
			return exact;
		}
		catch (SearchException ex) {
			throw new SearchUnavailable(ex);
		}
	}

	private SearchResults search(SearchSession session, SearchRequest request, SearchText text, boolean tolerateTypos) {
		Instant now = clock.instant();
		int thisYear = now.atZone(zone).getYear();
		var query = session.search(session.scope(Object.class))
			.select(f -> f.composite()
				.from(f.field(SearchFields.TYPE, String.class, ValueModel.INDEX),
						f.field(SearchFields.TITLE, String.class, ValueModel.INDEX),
						f.highlight(SearchFields.TITLE).highlighter("whole"),
						f.highlight(SearchFields.BODY).highlighter("excerpt"),
						f.highlight(SearchFields.SUMMARY).highlighter("whole"),
						f.field(SearchFields.SUMMARY, String.class, ValueModel.INDEX),
						f.field(SearchFields.PATH, String.class, ValueModel.INDEX),
						f.field(SearchFields.PUBLISHED_AT, Instant.class, ValueModel.INDEX),
						f.field(SearchFields.SECTION, String.class, ValueModel.INDEX),
						f.field(SearchFields.SECTION_NAME, String.class, ValueModel.INDEX))
				.asList())
			.where(f -> {
				BooleanPredicateClausesStep<?, ?> bool = f.bool();
				bool.filter(f.range().field(SearchFields.PUBLISHED_AT).atMost(now));
				matchText(f, bool, text, tolerateTypos);
				if (request.type() != null) {
					bool.filter(f.match().field(SearchFields.TYPE).matching(request.type()));
				}
				if (request.section() != null) {
					bool.filter(f.match().field(SearchFields.SECTION).matching(request.section()));
				}
				if (request.year() != null) {
					bool.filter(f.range().field(SearchFields.PUBLISHED_AT).within(year(request.year())));
				}
				return bool;
			})
			.sort(f -> request.byDate() ? f.field(SearchFields.PUBLISHED_AT).desc()
					: f.score().then().field(SearchFields.PUBLISHED_AT).desc())
			.aggregation(YEARS,
					f -> f.range()
						.field(SearchFields.PUBLISHED_AT, Instant.class, ValueModel.INDEX)
						.ranges(yearRanges(thisYear)));
		highlight(query);
		boolean asBefore = countWithTerms;
		Map<String, String> sectionNames = asBefore ? namesFromSections()
				: readModels.get(SECTION_NAMES, news::sectionNames);
		Codes types = Codes.of(SiteSearch.TYPES);
		Codes sections = Codes.of(sectionNames.keySet());
		boolean byCode = !asBefore && codesCountable && types.distinct() && sections.distinct();
		if (byCode) {
			query.aggregation(TYPE_CODES,
					f -> f.range().field(SearchFields.TYPE_CODE, Long.class, ValueModel.INDEX).ranges(types.ranges()));
			if (!sectionNames.isEmpty()) {
				query.aggregation(SECTION_CODES,
						f -> f.range()
							.field(SearchFields.SECTION_CODE, Long.class, ValueModel.INDEX)
							.ranges(sections.ranges()));
			}
		}
		else {
			query.aggregation(TYPES, f -> f.terms().field(SearchFields.TYPE, String.class, ValueModel.INDEX))
				.aggregation(SECTIONS,
						f -> f.terms().field(SearchFields.SECTION, String.class, ValueModel.INDEX).maxTermCount(100));
		}
		if (remote) {
			query.failAfter(REMOTE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		SearchResult<List<?>> result = query.fetch(request.page() * request.size(), request.size());
		List<SearchHit> hits = result.hits().stream().map(LuceneSiteSearch::hit).toList();
		Map<String, Long> typeCounts = byCode ? types.counts(result.aggregation(TYPE_CODES))
				: result.aggregation(TYPES);
		Map<String, Long> sectionCounts = !byCode ? result.aggregation(SECTIONS)
				: sectionNames.isEmpty() ? Map.of() : sections.counts(result.aggregation(SECTION_CODES));
		return new SearchResults(hits, result.total().hitCount(), request.page(), request.size(),
				typeFacets(typeCounts), sectionFacets(sectionCounts, sectionNames),
				yearFacets(result.aggregation(YEARS)));
	}

	/**
	 * Titles and summaries whole, with the plain highlighter; bodies by their best
	 * sentence, with the unified one (see the class comment). No "no match size": what a
	 * highlighter gives for a text without a match is the text as stored, not
	 * HTML-escaped, so {@link #hit} escapes it. Embedded Lucene wants each highlighter
	 * complete (a query-wide one of another type is refused); OpenSearch takes the
	 * encoder only query-wide, and cuts passages to a length (Lucene refuses that setting
	 * and gives whole sentences, see {@link #shorten}).
	 */
	private void highlight(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> query) {
		if (remote) {
			query.highlighter(f -> f.plain().tag(MARK, END_MARK).encoder(HighlighterEncoder.HTML))
				.highlighter("whole", f -> f.plain().numberOfFragments(1).fragmentSize(1000).noMatchSize(0))
				.highlighter("excerpt",
						f -> f.unified().numberOfFragments(1).fragmentSize(EXCERPT_SHORTENED).noMatchSize(0));
		}
		else {
			query
				.highlighter("whole",
						f -> f.plain()
							.tag(MARK, END_MARK)
							.encoder(HighlighterEncoder.HTML)
							.numberOfFragments(1)
							.fragmentSize(1000)
							.noMatchSize(0))
				.highlighter("excerpt",
						f -> f.unified()
							.tag(MARK, END_MARK)
							.encoder(HighlighterEncoder.HTML)
							.numberOfFragments(1)
							.noMatchSize(0));
		}
	}

	/**
	 * The values one counts by (types, section slugs), their
	 * {@link SearchFields#code(String) codes}, and one range {@code [code, code + 1)} per
	 * value for a range aggregation over the code field.
	 */
	record Codes(Map<Long, String> values) {

		static Codes of(Collection<String> values) {
			Map<Long, String> codes = new LinkedHashMap<>();
			boolean distinct = true;
			for (String value : values) {
				distinct &= codes.putIfAbsent(SearchFields.code(value), value) == null;
			}
			return new Codes(distinct ? codes : null);
		}

		boolean distinct() {
			return values != null;
		}

		List<Range<Long>> ranges() {
			return values.keySet().stream().map(code -> Range.canonical(code, code + 1)).toList();
		}

		Map<String, Long> counts(Map<Range<Long>, Long> byRange) {
			Map<String, Long> counts = new LinkedHashMap<>();
			byRange.forEach((range, count) -> counts.put(values.get(range.lowerBoundValue().orElseThrow()), count));
			return counts;
		}

	}

	@Override
	public List<Suggestion> suggest(String raw, int max) {
		SearchText text;
		try {
			text = SearchText.parse(raw);
		}
		catch (InvalidSearch ex) {
			return List.of();
		}
		List<String> words = new ArrayList<>(text.words());
		text.phrases().forEach(phrase -> words.addAll(List.of(phrase.split(" "))));
		Instant now = clock.instant();
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return suggest(Search.session(entityManager), words, now, max);
		}
		catch (SearchException ex) {
			throw new SearchUnavailable(ex);
		}
	}

	private List<Suggestion> suggest(SearchSession session, List<String> words, Instant now, int max) {
		var query = session.search(session.scope(Object.class))
			.select(f -> f.composite()
				.from(f.field(SearchFields.TITLE, String.class, ValueModel.INDEX),
						f.field(SearchFields.PATH, String.class, ValueModel.INDEX),
						f.field(SearchFields.TYPE, String.class, ValueModel.INDEX))
				.as(Suggestion::new))
			.where(f -> {
				BooleanPredicateClausesStep<?, ?> bool = f.bool();
				bool.filter(f.range().field(SearchFields.PUBLISHED_AT).atMost(now));
				for (String word : words) {
					String prefix = word.length() > 20 ? word.substring(0, 20) : word;
					bool.must(f.match().field(SearchFields.TITLE_PREFIX).matching(prefix));
				}
				return bool;
			})
			.sort(f -> f.score().then().field(SearchFields.PUBLISHED_AT).desc());
		if (remote) {
			query.failAfter(REMOTE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		return query.fetchHits(Math.max(1, Math.min(max, 10)));
	}

	/**
	 * Every word must be found (in the title, the summary or the text, the title counting
	 * most), as typed or, when {@code tolerateTypos}, for longer words with one letter
	 * wrong; every phrase must be found as typed.
	 */
	private static void matchText(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchText text,
			boolean tolerateTypos) {
		for (String phrase : text.phrases()) {
			bool.must(f.phrase()
				.field(SearchFields.TITLE)
				.boost(3f)
				.field(SearchFields.SUMMARY)
				.boost(2f)
				.field(SearchFields.BODY)
				.matching(phrase));
		}
		for (String word : text.words()) {
			var exact = f.match()
				.field(SearchFields.TITLE)
				.boost(3f)
				.field(SearchFields.SUMMARY)
				.boost(2f)
				.field(SearchFields.BODY)
				.matching(word);
			if (tolerateTypos && letters(word) >= FUZZY_FROM_LENGTH) {
				bool.must(f.or(exact,
						f.match()
							.field(SearchFields.TITLE + SearchFields.EXACT)
							.boost(3f)
							.field(SearchFields.SUMMARY + SearchFields.EXACT)
							.boost(2f)
							.field(SearchFields.BODY + SearchFields.EXACT)
							.matching(word)
							.fuzzy(1, 1)
							.boost(0.3f)));
			}
			else {
				bool.must(exact);
			}
		}
	}

	private static int letters(String word) {
		int index = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
		return word.length() - index - 1;
	}

	private Range<Instant> year(int year) {
		return Range.canonical(start(year), start(year + 1));
	}

	private Instant start(int year) {
		return java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
	}

	private List<Range<Instant>> yearRanges(int thisYear) {
		List<Range<Instant>> ranges = new ArrayList<>();
		for (int year = thisYear; year > thisYear - YEARS_BACK; year--) {
			ranges.add(year(year));
		}
		return ranges;
	}

	private static SearchHit hit(List<?> row) {
		String type = (String) row.get(0);
		String title = (String) row.get(1);
		String titleHtml = first(row.get(2));
		String excerpt = excerpt(shorten(first(row.get(3))));
		if (excerpt == null) {
			excerpt = first(row.get(4));
		}
		if (excerpt == null && row.get(5) instanceof String summary) {
			excerpt = escape(summary);
		}
		String path = (String) row.get(6);
		return new SearchHit(type, title, titleHtml != null ? titleHtml : escape(title), excerpt != null ? excerpt : "",
				path != null ? path : "/", (Instant) row.get(7), (String) row.get(8), (String) row.get(9));
	}

	/**
	 * A highlighted sentence of at most {@link #EXCERPT_MAX} visible characters as it is;
	 * a longer one cut to about {@link #EXCERPT_SHORTENED}, between words, from shortly
	 * before its first match, with an ellipsis where it was cut. The text is HTML
	 * (encoded, with {@code <mark>}): tags and entities are never cut, and a mark left
	 * open is closed.
	 */
	static @Nullable String shorten(@Nullable String html) {
		if (html == null || html.length() <= EXCERPT_MAX) {
			// no more visible characters than characters: most sentences end here
			return html;
		}
		// the text as units: a tag or an entity (one visible character or none), or a
		// char
		List<String> units = new ArrayList<>();
		int visible = 0;
		int firstMark = -1;
		for (int i = 0; i < html.length();) {
			char c = html.charAt(i);
			int end = i + 1;
			if (c == '<' || c == '&') {
				int close = html.indexOf(c == '<' ? '>' : ';', i);
				end = close < 0 ? html.length() : close + 1;
			}
			String unit = html.substring(i, end);
			if (unit.equals("<mark>") && firstMark < 0) {
				firstMark = units.size();
			}
			if (c != '<') {
				visible++;
			}
			units.add(unit);
			i = end;
		}
		if (visible <= EXCERPT_MAX) {
			return html;
		}
		int start = Math.max(0, firstMark) - 60;
		if (start <= 0) {
			start = 0;
		}
		else {
			while (start < firstMark && !units.get(start).equals(" ")) {
				start++;
			}
		}
		StringBuilder out = new StringBuilder(start > 0 ? "… " : "");
		int shown = 0;
		int lastSpace = -1;
		boolean open = false;
		int i = start;
		for (; i < units.size() && (shown < EXCERPT_SHORTENED || open); i++) {
			String unit = units.get(i);
			if (unit.equals(" ") && !open) {
				lastSpace = out.length();
			}
			open = unit.equals("<mark>") || (open && !unit.equals("</mark>"));
			out.append(unit);
			if (!unit.startsWith("<")) {
				shown++;
			}
		}
		if (i < units.size()) {
			if (lastSpace > 0) {
				out.setLength(lastSpace);
			}
			out.append(" …");
		}
		return out.toString().replace("…  ", "… ").strip();
	}

	private static @Nullable String first(@Nullable Object highlights) {
		if (highlights instanceof List<?> list && !list.isEmpty()) {
			return (String) list.get(0);
		}
		return null;
	}

	/**
	 * A body fragment as a reader expects an excerpt: without the punctuation the
	 * fragment was cut after, and with an ellipsis where it starts or stops mid-sentence.
	 * The text is already HTML (encoded, with {@code <mark>}): only whole characters of
	 * punctuation and spaces are taken off, never part of an entity or a tag.
	 */
	static @Nullable String excerpt(@Nullable String fragment) {
		if (fragment == null) {
			return null;
		}
		int start = 0;
		while (start < fragment.length() && ",;:.)]»!?".indexOf(fragment.charAt(start)) >= 0
				|| start < fragment.length() && Character.isWhitespace(fragment.charAt(start))) {
			start++;
		}
		String text = fragment.substring(start).strip();
		if (text.isEmpty()) {
			return null;
		}
		String visible = text.startsWith("<mark>") ? text.substring("<mark>".length()) : text;
		if (!visible.isEmpty() && Character.isLowerCase(visible.charAt(0))) {
			text = "… " + text;
		}
		String end = text.endsWith("</mark>") ? text.substring(0, text.length() - "</mark>".length()) : text;
		if (!end.isEmpty() && ".!?»…".indexOf(end.charAt(end.length() - 1)) < 0) {
			text = text + " …";
		}
		return text;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static List<Facet> typeFacets(Map<String, Long> counts) {
		List<Facet> facets = new ArrayList<>();
		for (String type : TYPES_ORDER) {
			Long count = counts.get(type);
			if (count != null && count > 0) {
				facets.add(new Facet(type, type, count));
			}
		}
		counts.forEach((type, count) -> {
			if (!TYPES_ORDER.contains(type) && count > 0) {
				facets.add(new Facet(type, type, count));
			}
		});
		return facets;
	}

	private static final List<String> TYPES_ORDER = SiteSearch.TYPES;

	private Map<String, String> namesFromSections() {
		Map<String, String> names = new LinkedHashMap<>();
		news.sections().forEach(section -> names.put(section.slug(), section.name()));
		return names;
	}

	private static List<Facet> sectionFacets(Map<String, Long> counts, Map<String, String> names) {
		return counts.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 0)
			.map(entry -> new Facet(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
					entry.getValue()))
			.sorted(Comparator.comparing(Facet::count).reversed().thenComparing(Facet::label))
			.toList();
	}

	private List<Facet> yearFacets(Map<Range<Instant>, Long> counts) {
		List<Facet> facets = new ArrayList<>();
		counts.forEach((range, count) -> {
			if (count > 0 && range.lowerBoundValue().isPresent()) {
				String year = String.valueOf(range.lowerBoundValue().get().atZone(zone).getYear());
				facets.add(new Facet(year, year, count));
			}
		});
		facets.sort(Comparator.comparing(Facet::value).reversed());
		return facets;
	}

}
