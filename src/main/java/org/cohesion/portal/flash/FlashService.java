package org.cohesion.portal.flash;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.flash.domain.FlashItemTranslation;
import org.cohesion.portal.flash.domain.FlashItemTranslationRepository;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.i18n.Languages;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FlashService implements FlashApi {

	/** More than this in a ticker and nobody reads to the end. */
	static final int TICKER_SIZE = 12;

	private final FlashItemRepository items;

	private final NewsApi news;

	private final Clock clock;

	private final FlashItemTranslationRepository translations;

	private final Languages languages;

	FlashService(FlashItemRepository items, NewsApi news, Clock clock, FlashItemTranslationRepository translations,
			Languages languages) {
		this.items = items;
		this.news = news;
		this.clock = clock;
		this.translations = translations;
		this.languages = languages;
	}

	@Override
	public List<FlashItemView> current() {
		return current(languages.defaultLanguage());
	}

	@Override
	public Page<FlashItemView> archive(int pageIndex, int size) {
		return archive(pageIndex, size, languages.defaultLanguage());
	}

	@Override
	public List<FlashItemView> current(String language) {
		return views(items.findShownAt(clock.instant(), Limit.of(TICKER_SIZE)), language);
	}

	@Override
	public Page<FlashItemView> archive(int pageIndex, int size, String language) {
		Page<FlashItem> page = items.findArchive(clock.instant(), PageRequest.of(pageIndex, size));
		return new PageImpl<>(views(page.getContent(), language), page.getPageable(), page.getTotalElements());
	}

	/**
	 * Article links resolved in one query for the whole list, translations in another
	 * (none in the items' own language).
	 */
	private List<FlashItemView> views(List<FlashItem> list, String language) {
		Map<Long, String> paths = news.publishedPaths(
				list.stream().map(FlashItem::getArticleId).filter(Objects::nonNull).collect(Collectors.toSet()));
		List<Long> foreign = list.stream()
			.filter(item -> !item.getLanguage().equals(language))
			.map(FlashItem::getId)
			.toList();
		Map<Long, FlashItemTranslation> translated = foreign.isEmpty() ? Map.of()
				: translations.findByLanguageAndItemIds(language, foreign)
					.stream()
					.collect(Collectors.toMap(t -> t.getItem().getId(), t -> t));
		return list.stream().map(item -> {
			String href = item.getArticleId() == null ? null : paths.get(item.getArticleId());
			FlashItemTranslation t = translated.get(item.getId());
			return t == null
					? new FlashItemView(item.getId(), item.getLabel(), item.getText(), href, item.getPublishedAt(),
							item.getLanguage())
					: new FlashItemView(item.getId(), t.getLabel(), t.getText(), href, item.getPublishedAt(),
							t.getLanguage());
		}).toList();
	}

	@Override
	public Optional<Instant> nextChangeAfter(Instant now) {
		Instant from = items.findNextShowFromAfter(now);
		Instant until = items.findNextShowUntilAfter(now);
		return java.util.stream.Stream.of(from, until).filter(Objects::nonNull).min(Instant::compareTo);
	}

}
