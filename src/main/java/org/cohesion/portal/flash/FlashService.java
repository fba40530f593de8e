package org.cohesion.portal.flash;

import java.time.Clock;
import java.util.List;

import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.news.NewsApi;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
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
		return items.findShownAt(clock.instant(), Limit.of(TICKER_SIZE)).stream().map(this::view).toList();
	}

	@Override
	public Page<FlashItemView> archive(int pageIndex, int size) {
		return items.findArchive(clock.instant(), PageRequest.of(pageIndex, size)).map(this::view);
	}

	private FlashItemView view(FlashItem item) {
		Long articleId = item.getArticleId();
		String href = articleId == null ? null : news.publishedPath(articleId).orElse(null);
		return new FlashItemView(item.getId(), item.getLabel(), item.getText(), href, item.getPublishedAt());
	}

}
