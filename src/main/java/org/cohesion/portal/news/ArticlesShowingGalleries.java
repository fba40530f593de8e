package org.cohesion.portal.news;

import java.time.Clock;
import java.util.List;

import org.cohesion.portal.media.GalleryArticles;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells a gallery's page which published articles show it, so that it links back. */
@Component
@Transactional(readOnly = true)
class ArticlesShowingGalleries implements GalleryArticles {

	private final ArticleRepository articles;

	private final NewsApi news;

	private final Clock clock;

	ArticlesShowingGalleries(ArticleRepository articles, NewsApi news, Clock clock) {
		this.articles = articles;
		this.news = news;
		this.clock = clock;
	}

	@Override
	public List<ArticleLink> showing(long galleryId, String language) {
		List<ArticleSummary> summaries = articles.findPublicShowingGallery(clock.instant(), galleryId)
			.stream()
			.map(Article::toSummary)
			.toList();
		return news.localize(summaries, language)
			.stream()
			.map(summary -> new ArticleLink(summary.title(), summary.path(), summary.language()))
			.toList();
	}

}
