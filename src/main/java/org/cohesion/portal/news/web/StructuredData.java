package org.cohesion.portal.news.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.cohesion.portal.news.ArticleSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schema.org JSON-LD for an article page ({@code NewsArticle} and its
 * {@code BreadcrumbList}), ready to be written raw inside
 * {@code <script type="application/ld+json">}. The JSON is built by Jackson, never by
 * string concatenation, and then made safe for HTML: {@code <}, {@code >} and {@code &}
 * can only occur inside JSON strings, where their {@code \\u} escapes mean the same
 * thing, so a title holding {@code </script>} cannot end the block.
 */
public final class StructuredData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StructuredData() {
	}

	/**
	 * @param baseUrl the site's address without a trailing slash
	 * @param publisher the institution's name
	 * @param logo the institution's logo, absolute or from the site's root
	 */
	public static String newsArticle(ArticlePage page, String baseUrl, String publisher, String logo) {
		return newsArticle(page, baseUrl, baseUrl + page.article().path(), publisher, logo);
	}

	/**
	 * @param url the page's own address (in another language than the default one, with
	 * its language prefix)
	 */
	public static String newsArticle(ArticlePage page, String baseUrl, String url, String publisher, String logo) {
		ArticleSummary article = page.article();
		Instant modified = page.updatedAt().isAfter(article.publishedAt()) ? page.updatedAt() : article.publishedAt();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", "NewsArticle");
		json.put("headline", article.title());
		json.put("description", article.standfirst());
		json.put("datePublished", iso(article.publishedAt()));
		json.put("dateModified", iso(modified));
		if (article.imagePath() != null && !article.imagePath().isBlank()) {
			json.put("image", List.of(absolute(baseUrl, article.imagePath())));
		}
		json.put("articleSection", article.sectionName());
		json.put("inLanguage", article.language());
		json.put("publisher", Map.of("@type", "GovernmentOrganization", "name", publisher, "logo",
				Map.of("@type", "ImageObject", "url", absolute(baseUrl, logo))));
		json.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
		return htmlSafe(JSON.writeValueAsString(json));
	}

	public static String breadcrumb(ArticlePage page, String baseUrl, String homeLabel, String newsLabel) {
		ArticleSummary article = page.article();
		List<String[]> steps = List.of(new String[] { homeLabel, baseUrl + "/" },
				new String[] { newsLabel, baseUrl + "/actualites" },
				new String[] { article.sectionName(), baseUrl + "/rubriques/" + article.sectionSlug() },
				new String[] { article.title(), baseUrl + article.path() });
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", "BreadcrumbList");
		json.put("itemListElement", IntStream.range(0, steps.size()).mapToObj(i -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("@type", "ListItem");
			item.put("position", i + 1);
			item.put("name", steps.get(i)[0]);
			item.put("item", steps.get(i)[1]);
			return item;
		}).toList());
		return htmlSafe(JSON.writeValueAsString(json));
	}

	/** Open Graph wants a territory: the portal's languages are read in these. */
	public static String ogLocale(String language) {
		return switch (language) {
			case "fr" -> "fr_FR";
			case "en" -> "en_GB";
			default -> language;
		};
	}

	public static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	static String htmlSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static String absolute(String baseUrl, String path) {
		return path.startsWith("/") ? baseUrl + path : path;
	}

}
