package org.cohesion.portal.flash;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.news.NewsApi;
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

	FlashService(FlashItemRepository items, NewsApi news, Clock clock) {
		this.items = items;
		this.news = news;
		this.clock = clock;
	}

	@Override
	public List<FlashItemView> current() {
		return views(items.findShownAt(clock.instant(), Limit.of(TICKER_SIZE)));
	}

	@Override
	public Page<FlashItemView> archive(int pageIndex, int size) {
		Page<FlashItem> page = items.findArchive(clock.instant(), PageRequest.of(pageIndex, size));
		return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/** Article links resolved in one query for the whole list. */
	private List<FlashItemView> views(List<FlashItem> list) {
		Map<Long, String> paths = news.publishedPaths(
				list.stream().map(FlashItem::getArticleId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return list.stream()
			.map(item -> new FlashItemView(item.getId(), item.getLabel(), item.getText(),
					item.getArticleId() == null ? null : paths.get(item.getArticleId()), item.getPublishedAt()))
			.toList();
	}

}
