package org.cohesion.portal.site.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cohesion.portal.flash.FlashApi;
import org.cohesion.portal.flash.FlashItemView;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.media.GalleryView;
import org.cohesion.portal.media.MediaApi;
import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.SectionView;
import org.cohesion.portal.pagecache.ReadModels;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.site.domain.LocalizedPageLink;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.site.domain.PageTranslation;
import org.cohesion.portal.site.domain.PageTranslationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the public site's frame, home page, static pages and sitemap read, each in one
 * read-only transaction. The frame's and the home page's reads (asked on every request)
 * are {@link ReadModels kept between content changes}: looked up before any transaction
 * starts, so that a request finding them takes no connection.
 */
@Service
public class SiteReader {

	/** Articles under the lead on the home page. */
	static final int LATEST = 9;

	/** Galleries shown on the home page. */
	static final int GALLERIES = 2;

	private final NewsApi news;

	private final FlashApi flash;

	private final MediaApi media;

	private final PageRepository pages;

	private final PageTranslationRepository translations;

	private final Languages languages;

	private final ReadModels readModels;

	private final TransactionTemplate readOnly;

	SiteReader(NewsApi news, FlashApi flash, MediaApi media, PageRepository pages,
			PageTranslationRepository translations, Languages languages, ReadModels readModels,
			PlatformTransactionManager transactions) {
		this.news = news;
		this.flash = flash;
		this.media = media;
		this.pages = pages;
		this.translations = translations;
		this.languages = languages;
		this.readModels = readModels;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** What the home page shows to readers of {@code language}. */
	record Home(@Nullable ArticleSummary lead, List<ArticleSummary> latest, List<SectionView> sections,
			List<GalleryView> galleries) {
	}

	/**
	 * The static pages' links in the navigation and footer: in their own language when
	 * {@code translatedInto} is null, else translated into it where they are.
	 */
	public List<LocalizedPageLink> navigation(@Nullable String translatedInto) {
		String language = translatedInto == null ? "" : translatedInto;
		return readModels.get(new Key("navigation", language),
				() -> read(() -> translatedInto == null ? pages.findNavigation()
					.stream()
					.map(p -> new LocalizedPageLink(p.slug(), p.slug(), p.title(), ""))
					.toList() : translations.findNavigation(translatedInto)));
	}

	/** The flash infos of the ticker, as readers of {@code language} see them. */
	public List<FlashItemView> ticker(String language) {
		return readModels.get(new Key("ticker", language), () -> List.copyOf(flash.current(language)));
	}

	Home home(String language) {
		return readModels.get(new Key("home", language), () -> read(() -> {
			ArticleSummary lead = news.leadArticle().orElse(null);
			if (lead != null) {
				lead = news.localize(List.of(lead), language).get(0);
			}
			List<ArticleSummary> latest = news.localize(news.latest(LATEST, lead == null ? -1 : lead.id()), language);
			return new Home(lead, List.copyOf(latest), List.copyOf(news.sections(language)),
					List.copyOf(media.publicGalleries(0, GALLERIES).getContent()));
		}));
	}

	/** How a static page is answered: shown, or moved to its address in the language. */
	sealed interface PageAnswer permits ShownPage, MovedPage {

	}

	/**
	 * @param translations the page's address in each language it exists in, when shown in
	 * its own language or translated
	 * @param fallbackLanguage the page's own language when shown untranslated
	 */
	record ShownPage(PageView page, @Nullable Map<String, String> translations, @Nullable String fallbackLanguage,
			@Nullable String fallbackPath) implements PageAnswer {
	}

	record MovedPage(String path) implements PageAnswer {
	}

	/**
	 * The static page at {@code slug} for readers of {@code language}.
	 * @throws NotFoundException when there is none
	 */
	PageAnswer page(String slug, String language) {
		return read(() -> {
			if (!languages.isDefault(language)) {
				var translated = translations.findByLanguageAndSlug(language, slug);
				if (translated.isPresent()) {
					return new ShownPage(PageView.of(translated.get()), paths(translated.get().getPage()), null, null);
				}
			}
			Page page = pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("page " + slug));
			if (!language.equals(page.getLanguage())) {
				var translation = page.translation(language);
				if (translation.isPresent()) {
					return new MovedPage(languages.path(language, "/" + translation.get().getSlug()));
				}
				return new ShownPage(PageView.of(page), null, page.getLanguage(), "/" + page.getSlug());
			}
			return new ShownPage(PageView.of(page), paths(page), null, null);
		});
	}

	/** A static page in the sitemap: its address in every language, its last change. */
	record SitemapPage(Map<String, String> paths, Instant updatedAt) {
	}

	/** Every static page in display order, for the sitemap. */
	List<SitemapPage> sitemapPages() {
		return read(() -> {
			Map<Long, Map<String, String>> translated = new HashMap<>();
			for (PageTranslation translation : translations.findAllWithPages()) {
				translated.computeIfAbsent(translation.getPage().getId(), id -> new TreeMap<>())
					.put(translation.getLanguage(), "/" + translation.getSlug());
			}
			return pages.findAllByOrderByPositionAsc().stream().map(page -> {
				Map<String, String> paths = new LinkedHashMap<>();
				paths.put(page.getLanguage(), "/" + page.getSlug());
				paths.putAll(translated.getOrDefault(page.getId(), Map.of()));
				return new SitemapPage(paths, page.getUpdatedAt());
			}).toList();
		});
	}

	private static Map<String, String> paths(Page page) {
		Map<String, String> paths = new LinkedHashMap<>();
		paths.put(page.getLanguage(), "/" + page.getSlug());
		for (PageTranslation translation : page.getTranslations()) {
			paths.put(translation.getLanguage(), "/" + translation.getSlug());
		}
		return paths;
	}

	private <T> T read(java.util.function.Supplier<T> reading) {
		T value = readOnly.execute(status -> reading.get());
		if (value == null) {
			throw new IllegalStateException("nothing read");
		}
		return value;
	}

	private record Key(String kind, String language) {
	}

}
