package org.cohesion.portal.search.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.cohesion.portal.search.InvalidSearch;
import org.cohesion.portal.search.SearchRequest;
import org.cohesion.portal.search.SearchResults;
import org.cohesion.portal.search.SiteSearch;
import org.cohesion.portal.search.SearchUnavailable;
import org.cohesion.portal.search.Suggestion;
import org.cohesion.portal.search.internal.SearchProperties;
import org.cohesion.portal.platform.RateLimits;
import org.cohesion.portal.shared.Pagination;
import org.jspecify.annotations.Nullable;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The results page and the suggestions offered while typing. Parameters are read as plain
 * strings and checked here, so that no value a visitor can type leads to an error page.
 * When the index does not answer (an OpenSearch outage), the page still renders, with a
 * message instead of results (503, so that no cache keeps it), and suggestions are empty:
 * the rest of the site is not affected. Searches that reach the index are limited per
 * client address ({@link SearchProperties#searchesPerMinute()}); past the limit the page
 * says so (429).
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 10;

	static final int SUGGESTIONS = 6;

	private static final Logger log = LoggerFactory.getLogger(SearchController.class);

	private final SiteSearch search;

	/**
	 * Kept in this node's memory, even on PostgreSQL: what the limit protects is this
	 * node's processors, and a search must not wait for a database connection.
	 */
	private final RateLimits limits;

	private final BucketConfiguration perAddress;

	SearchController(SiteSearch search, SearchProperties properties, Clock clock) {
		this.search = search;
		this.limits = RateLimits.inMemory(clock);
		int perMinute = properties.searchesPerMinute();
		this.perAddress = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

	@GetMapping("/recherche")
	String results(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "type", required = false) @Nullable String type,
			@RequestParam(name = "rubrique", required = false) @Nullable String section,
			@RequestParam(name = "annee", required = false) @Nullable String year,
			@RequestParam(name = "tri", required = false) @Nullable String sort,
			@RequestParam(name = "page", required = false) @Nullable String page, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		keepOnlyIfIndexedOnCommit(response);
		String text = query == null ? "" : query;
		String cleanType = type != null && SiteSearch.TYPES.contains(type) ? type : null;
		String cleanSection = section != null && section.matches("[a-z0-9-]{1,100}") ? section : null;
		Integer cleanYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
		boolean byDate = "date".equals(sort);
		SearchResults results = null;
		String problem = null;
		if (query != null && !withinLimit(request, response)) {
			problem = "search.problem.tooMany";
		}
		else if (query != null) {
			try {
				results = search.search(new SearchRequest(text, cleanType, cleanSection, cleanYear, byDate,
						Pagination.index(number(page)), PAGE_SIZE));
			}
			catch (InvalidSearch ex) {
				problem = switch (ex.reason()) {
					case EMPTY -> "search.problem.empty";
					case TOO_LONG -> "search.problem.tooLong";
					case TOO_MANY_WORDS -> "search.problem.tooManyWords";
				};
			}
			catch (SearchUnavailable ex) {
				// the cause's type only: the message of a failed request can quote the
				// query, which is the visitor's text
				Throwable cause = ex;
				while (cause.getCause() != null) {
					cause = cause.getCause();
				}
				log.warn("Search is unavailable ({})", cause.getClass().getSimpleName());
				problem = "search.problem.unavailable";
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
		}
		model.addAttribute("search",
				new SearchPage(text, results, problem, cleanType, cleanSection, cleanYear, byDate));
		return "search/results";
	}

	@GetMapping(path = "/recherche/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Suggestion> suggestions(@RequestParam(name = "q", required = false) @Nullable String query,
			HttpServletResponse response) {
		keepOnlyIfIndexedOnCommit(response);
		if (query == null || query.strip().length() < 2 || query.length() > 100) {
			return List.of();
		}
		try {
			return search.suggest(query, SUGGESTIONS);
		}
		catch (SearchUnavailable ex) {
			return List.of();
		}
	}

	/**
	 * Counts one search from the client's address; past the limit, a 429 that says when
	 * to try again and that nobody keeps.
	 */
	private boolean withinLimit(HttpServletRequest request, HttpServletResponse response) {
		ConsumptionProbe probe = limits.bucket("search.ip", request.getRemoteAddr(), () -> perAddress)
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return true;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return false;
	}

	/**
	 * On several nodes the index follows a change by a moment: a proxy may keep the
	 * results if it asks again each time (the ETag makes that a 304), a node's page cache
	 * must not (see {@link SiteSearch#findsChangesOnCommit()}).
	 */
	private void keepOnlyIfIndexedOnCommit(HttpServletResponse response) {
		if (!search.findsChangesOnCommit()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		}
	}

	private static @Nullable Integer number(@Nullable String value) {
		return value != null && value.matches("\\d{1,5}") ? Integer.valueOf(value) : null;
	}

}
