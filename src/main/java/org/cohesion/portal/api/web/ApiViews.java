package org.cohesion.portal.api.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the API, one record each: fields are only ever added, never renamed
 * or removed, within {@code /api/v1}. Dates are ISO 8601 instants in UTC
 * ({@code 2025-09-12T10:00:00Z}); {@code url} fields are absolute addresses of the public
 * page, {@code links} of the API.
 */
final class ApiViews {

	private ApiViews() {
	}

	/** A page of items, with links to its neighbours (null where there is none). */
	record Paged<T>(List<T> items, int page, int size, long totalItems, int totalPages, Links links) {
	}

	record Links(String self, String first, @Nullable String prev, @Nullable String next, String last) {
	}

	record SectionRef(String slug, String name, String url) {
	}

	record Image(String url, String alt) {
	}

	record ArticleItem(long id, String slug, String title, String standfirst, SectionRef section, String publishedAt,
			String language, String url, @Nullable Image image, Map<String, String> links) {
	}

	record ArticleDetail(long id, String slug, String title, String standfirst, SectionRef section, String publishedAt,
			String updatedAt, String language, String url, @Nullable Image image, List<String> tags, String bodyHtml) {
	}

	record Section(String slug, String name, String description, long articleCount, String url,
			Map<String, String> links) {
	}

	record FlashItem(long id, String label, String text, String publishedAt, @Nullable String url) {
	}

	record PageItem(String slug, String title, String summary, String updatedAt, String url,
			Map<String, String> links) {
	}

	record PageDetail(String slug, String title, String summary, String updatedAt, String url, String bodyHtml) {
	}

	/**
	 * {@code titleHtml} and {@code excerptHtml} are escaped HTML with matches in mark.
	 */
	record SearchHit(String type, String title, String titleHtml, String excerptHtml, String url,
			@Nullable String publishedAt, @Nullable SectionRef section) {
	}

	record Facet(String value, String label, long count) {
	}

	record SearchPage(String query, List<SearchHit> items, int page, int size, long totalItems, int totalPages,
			Links links, Map<String, List<Facet>> facets) {
	}

	/**
	 * A gallery in a list: {@code date} is the calendar date of the gallery
	 * ({@code 2025-09-12}), {@code cover} its first public image.
	 */
	record GalleryItem(long id, String slug, String title, @Nullable String description, String date, String url,
			int imageCount, @Nullable GalleryImage cover, Map<String, String> links) {
	}

	record GalleryDetail(long id, String slug, String title, @Nullable String description, String date, String url,
			List<GalleryImage> images) {
	}

	/**
	 * An image of a gallery: {@code url} is the default JPEG, {@code width} and
	 * {@code height} the size of the largest derivative, {@code derivatives} every width
	 * available (for srcset), in JPEG and, where it exists, WebP.
	 */
	record GalleryImage(String url, String alt, @Nullable String caption, @Nullable String credit, int width,
			int height, List<Derivative> derivatives) {
	}

	record Derivative(int width, int height, String url, @Nullable String webpUrl) {
	}

	record Error(int status, String error, String message) {
	}

}
