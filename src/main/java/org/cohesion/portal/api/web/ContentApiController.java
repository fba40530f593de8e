package org.cohesion.portal.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.cohesion.portal.api.web.ApiViews.ArticleDetail;
import org.cohesion.portal.api.web.ApiViews.ArticleItem;
import org.cohesion.portal.api.web.ApiViews.Derivative;
import org.cohesion.portal.api.web.ApiViews.Facet;
import org.cohesion.portal.api.web.ApiViews.FlashItem;
import org.cohesion.portal.api.web.ApiViews.GalleryDetail;
import org.cohesion.portal.api.web.ApiViews.GalleryImage;
import org.cohesion.portal.api.web.ApiViews.GalleryItem;
import org.cohesion.portal.api.web.ApiViews.Image;
import org.cohesion.portal.api.web.ApiViews.Links;
import org.cohesion.portal.api.web.ApiViews.PageDetail;
import org.cohesion.portal.api.web.ApiViews.PageItem;
import org.cohesion.portal.api.web.ApiViews.Paged;
import org.cohesion.portal.api.web.ApiViews.SearchPage;
import org.cohesion.portal.api.web.ApiViews.SectionRef;
import org.cohesion.portal.flash.FlashApi;
import org.cohesion.portal.flash.FlashItemView;
import org.cohesion.portal.media.GalleryView;
import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.media.MediaApi;
import org.cohesion.portal.media.MediaPaths;
import org.cohesion.portal.news.ArticleContent;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.PublishedArticles;
import org.cohesion.portal.news.SectionView;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.search.InvalidSearch;
import org.cohesion.portal.search.SearchRequest;
import org.cohesion.portal.search.SearchResults;
import org.cohesion.portal.search.SearchUnavailable;
import org.cohesion.portal.search.SiteSearch;
import org.cohesion.portal.site.PageContent;
import org.cohesion.portal.site.SitePages;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public content API, read-only. Parameters are read as strings and checked here, so
 * that every bad value gets a JSON 400 with a message rather than a binding error.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ContentApiController {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static final int MAX_PAGE = 10_000;

	private final NewsApi news;

	private final PublishedArticles articles;

	private final FlashApi flash;

	private final SitePages pages;

	private final SiteSearch search;

	private final MediaApi media;

	private final String base;

	ContentApiController(NewsApi news, PublishedArticles articles, FlashApi flash, SitePages pages, SiteSearch search,
			MediaApi media, PlatformProperties platform) {
		this.news = news;
		this.articles = articles;
		this.flash = flash;
		this.pages = pages;
		this.search = search;
		this.media = media;
		this.base = platform.baseUrlWithoutSlash();
	}

	@GetMapping("/articles")
	Paged<ArticleItem> articles(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Paging paging = Paging.of(page, size);
		return paged(articles.page(paging.index(), paging.size()), this::articleItem, "/api/v1/articles", paging,
				Map.of());
	}

	@GetMapping("/articles/{slug}")
	ArticleDetail article(@PathVariable String slug) {
		ArticleContent content = articles.bySlug(slug)
			.orElseThrow(() -> articles.currentSlugOf(slug)
				.map(current -> ApiException.movedPermanently(absolute("/api/v1/articles/" + current)))
				.orElseGet(
						() -> ApiException.notFound("Aucune actualité publiée à cette adresse\u00a0: " + slug + ".")));
		ArticleSummary summary = content.summary();
		return new ArticleDetail(summary.id(), summary.slug(), summary.title(), summary.standfirst(), section(summary),
				iso(summary.publishedAt()), iso(content.updatedAt()), summary.language(), absolute(summary.path()),
				image(summary), content.tags(), content.bodyHtml());
	}

	@GetMapping("/sections")
	List<ApiViews.Section> sections() {
		return news.sections()
			.stream()
			.map(section -> new ApiViews.Section(section.slug(), section.name(), section.description(),
					section.articleCount(), absolute(section.path()),
					Map.of("articles", absolute("/api/v1/sections/" + section.slug() + "/articles"))))
			.toList();
	}

	@GetMapping("/sections/{slug}/articles")
	Paged<ArticleItem> sectionArticles(@PathVariable String slug, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Paging paging = Paging.of(page, size);
		Page<ArticleSummary> found = articles.pageInSection(slug, paging.index(), paging.size())
			.orElseThrow(() -> ApiException.notFound("Aucune rubrique à cette adresse\u00a0: " + slug + "."));
		return paged(found, this::articleItem, "/api/v1/sections/" + slug + "/articles", paging, Map.of());
	}

	@GetMapping("/flash-infos")
	Paged<FlashItem> flashInfos(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Paging paging = Paging.of(page, size);
		return paged(flash.archive(paging.index(), paging.size()), this::flashItem, "/api/v1/flash-infos", paging,
				Map.of());
	}

	@GetMapping("/flash-infos/current")
	List<FlashItem> currentFlashInfos() {
		return flash.current().stream().map(this::flashItem).toList();
	}

	@GetMapping("/pages")
	List<PageItem> pages() {
		return pages.all()
			.stream()
			.map(page -> new PageItem(page.slug(), page.title(), page.summary(), iso(page.updatedAt()),
					absolute(page.path()), Map.of("self", absolute("/api/v1/pages/" + page.slug()))))
			.toList();
	}

	@GetMapping("/pages/{slug}")
	PageDetail page(@PathVariable String slug) {
		PageContent page = pages.bySlug(slug)
			.orElseThrow(() -> ApiException.notFound("Aucune page à cette adresse\u00a0: " + slug + "."));
		return new PageDetail(page.slug(), page.title(), page.summary(), iso(page.updatedAt()), absolute(page.path()),
				page.bodyHtml() != null ? page.bodyHtml() : "");
	}

	@GetMapping("/galleries")
	Paged<GalleryItem> galleries(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Paging paging = Paging.of(page, size);
		return paged(media.publicGalleries(paging.index(), paging.size()), this::galleryItem, "/api/v1/galleries",
				paging, Map.of());
	}

	@GetMapping("/galleries/{slug}")
	GalleryDetail gallery(@PathVariable String slug) {
		GalleryView gallery = media.gallery(slug)
			.filter(found -> !found.photos().isEmpty())
			.orElseThrow(() -> ApiException.notFound("Aucune galerie publiée à cette adresse\u00a0: " + slug + "."));
		return new GalleryDetail(gallery.id(), gallery.slug(), gallery.title(), gallery.description(),
				gallery.date().toString(), absolute(gallery.path()),
				gallery.photos().stream().map(this::galleryImage).toList());
	}

	@GetMapping("/search")
	SearchPage search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String section,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, HttpServletResponse response) {
		if (!search.findsChangesOnCommit()) {
			// on several nodes the index follows a change by a moment: no node keeps the
			// answer (see SiteSearch#findsChangesOnCommit)
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		}
		if (q == null || q.isBlank()) {
			throw ApiException.badRequest("Le paramètre «\u00a0q\u00a0» (les mots à rechercher) est obligatoire.");
		}
		if (type != null && !SiteSearch.TYPES.contains(type)) {
			throw ApiException.badRequest(
					"Le paramètre «\u00a0type\u00a0» vaut l’un de\u00a0: " + String.join(", ", SiteSearch.TYPES) + ".");
		}
		if (section != null && !section.matches("[a-z0-9-]{1,100}")) {
			throw ApiException.badRequest("Le paramètre «\u00a0section\u00a0» est l’identifiant d’une rubrique.");
		}
		if (year != null && !year.matches("\\d{4}")) {
			throw ApiException.badRequest("Le paramètre «\u00a0year\u00a0» est une année sur quatre chiffres.");
		}
		if (sort != null && !sort.equals("relevance") && !sort.equals("date")) {
			throw ApiException
				.badRequest("Le paramètre «\u00a0sort\u00a0» vaut «\u00a0relevance\u00a0» ou «\u00a0date\u00a0».");
		}
		Paging paging = Paging.of(page, size, SearchRequest.MAX_SIZE);
		SearchResults results;
		try {
			results = search.search(new SearchRequest(q, type, section, year != null ? Integer.valueOf(year) : null,
					"date".equals(sort), paging.index(), paging.size()));
		}
		catch (SearchUnavailable ex) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
					"La recherche est momentanément indisponible\u00a0: réessayez dans quelques minutes.");
		}
		catch (InvalidSearch ex) {
			throw ApiException.badRequest(switch (ex.reason()) {
				case EMPTY -> "La recherche ne contient aucun mot.";
				case TOO_LONG -> "La recherche est trop longue (200 caractères au plus).";
				case TOO_MANY_WORDS -> "La recherche contient trop de mots (douze au plus).";
			});
		}
		Map<String, String> params = new LinkedHashMap<>();
		params.put("q", q);
		if (type != null) {
			params.put("type", type);
		}
		if (section != null) {
			params.put("section", section);
		}
		if (year != null) {
			params.put("year", year);
		}
		if (sort != null) {
			params.put("sort", sort);
		}
		int totalPages = results.totalPages();
		List<ApiViews.SearchHit> hits = results.hits()
			.stream()
			.map(hit -> new ApiViews.SearchHit(hit.type(), hit.title(), hit.titleHtml(), hit.excerptHtml(),
					absolute(hit.path()), hit.publishedAt() != null ? iso(hit.publishedAt()) : null,
					hit.sectionSlug() != null ? new SectionRef(hit.sectionSlug(),
							hit.sectionName() != null ? hit.sectionName() : hit.sectionSlug(),
							absolute("/rubriques/" + hit.sectionSlug())) : null))
			.toList();
		Map<String, List<Facet>> facets = new LinkedHashMap<>();
		facets.put("type", facets(results.types()));
		facets.put("section", facets(results.sections()));
		facets.put("year", facets(results.years()));
		return new SearchPage(q, hits, paging.page(), paging.size(), results.total(), totalPages,
				links("/api/v1/search", paging, totalPages, params), facets);
	}

	/** Any other address under the API: a JSON 404 rather than the site's HTML page. */
	@GetMapping("/**")
	Object unknown() {
		throw ApiException.notFound("Cette adresse n’existe pas dans l’API. Voir /api/v1/openapi.json.");
	}

	private static List<Facet> facets(List<SearchResults.Facet> facets) {
		return facets.stream().map(f -> new Facet(f.value(), f.label(), f.count())).toList();
	}

	private <S, T> Paged<T> paged(Page<S> page, Function<S, T> view, String path, Paging paging,
			Map<String, String> params) {
		int totalPages = Math.max(1, page.getTotalPages());
		return new Paged<>(page.getContent().stream().map(view).toList(), paging.page(), paging.size(),
				page.getTotalElements(), totalPages, links(path, paging, totalPages, params));
	}

	private Links links(String path, Paging paging, int totalPages, Map<String, String> params) {
		int last = Math.max(1, totalPages);
		return new Links(link(path, paging.page(), paging, params), link(path, 1, paging, params),
				paging.page() > 1 ? link(path, Math.min(paging.page() - 1, last), paging, params) : null,
				paging.page() < last ? link(path, paging.page() + 1, paging, params) : null,
				link(path, last, paging, params));
	}

	private String link(String path, int page, Paging paging, Map<String, String> params) {
		StringBuilder link = new StringBuilder(base).append(path).append('?');
		params.forEach((key, value) -> link.append(key)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
			.append('&'));
		return link.append("page=").append(page).append("&size=").append(paging.size()).toString();
	}

	private ArticleItem articleItem(ArticleSummary summary) {
		return new ArticleItem(summary.id(), summary.slug(), summary.title(), summary.standfirst(), section(summary),
				iso(summary.publishedAt()), summary.language(), absolute(summary.path()), image(summary),
				Map.of("self", absolute("/api/v1/articles/" + summary.slug())));
	}

	private GalleryItem galleryItem(GalleryView gallery) {
		GalleryView.Photo cover = gallery.cover();
		return new GalleryItem(gallery.id(), gallery.slug(), gallery.title(), gallery.description(),
				gallery.date().toString(), absolute(gallery.path()), gallery.photos().size(),
				cover != null ? galleryImage(cover) : null,
				Map.of("self", absolute("/api/v1/galleries/" + gallery.slug())));
	}

	private GalleryImage galleryImage(GalleryView.Photo photo) {
		ImageView image = photo.image();
		List<Derivative> derivatives = image.widths()
			.stream()
			.map(w -> new Derivative(w, image.heightAt(w), absolute(MediaPaths.path(image.contentHash(), w, "jpg")),
					image.webp() ? absolute(MediaPaths.path(image.contentHash(), w, "webp")) : null))
			.toList();
		int largest = image.largestWidth();
		return new GalleryImage(absolute(image.src()), image.alt(), photo.caption(), image.credit(), largest,
				image.heightAt(largest), derivatives);
	}

	private FlashItem flashItem(FlashItemView item) {
		return new FlashItem(item.id(), item.label(), item.text(), iso(item.publishedAt()),
				item.href() != null ? absolute(item.href()) : null);
	}

	private SectionRef section(ArticleSummary summary) {
		return new SectionRef(summary.sectionSlug(), summary.sectionName(),
				absolute("/rubriques/" + summary.sectionSlug()));
	}

	private @Nullable Image image(ArticleSummary summary) {
		if (summary.imagePath() == null) {
			return null;
		}
		return new Image(absolute(summary.imagePath()), summary.imageAlt() != null ? summary.imageAlt() : "");
	}

	private String absolute(String path) {
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		return base + (path.startsWith("/") ? path : "/" + path);
	}

	private static String iso(Instant instant) {
		return java.time.format.DateTimeFormatter.ISO_INSTANT
			.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	/** A checked, 1-based page number and a page size. */
	record Paging(int page, int size) {

		int index() {
			return page - 1;
		}

		static Paging of(@Nullable String page, @Nullable String size) {
			return of(page, size, MAX_SIZE);
		}

		static Paging of(@Nullable String page, @Nullable String size, int maxSize) {
			int number = 1;
			if (page != null) {
				if (!page.matches("\\d{1,5}") || Integer.parseInt(page) < 1 || Integer.parseInt(page) > MAX_PAGE) {
					throw ApiException.badRequest("Le paramètre «\u00a0page\u00a0» est un entier entre 1 et " + MAX_PAGE
							+ " (1 par défaut).");
				}
				number = Integer.parseInt(page);
			}
			int perPage = Math.min(DEFAULT_SIZE, maxSize);
			if (size != null) {
				if (!size.matches("\\d{1,3}") || Integer.parseInt(size) < 1 || Integer.parseInt(size) > maxSize) {
					throw ApiException.badRequest("Le paramètre «\u00a0size\u00a0» est un entier entre 1 et " + maxSize
							+ " (" + Math.min(DEFAULT_SIZE, maxSize) + " par défaut).");
				}
				perPage = Integer.parseInt(size);
			}
			return new Paging(number, perPage);
		}

	}

}
