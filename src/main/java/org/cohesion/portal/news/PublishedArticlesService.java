package org.cohesion.portal.news;

import java.time.Clock;
import java.util.Optional;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.SectionRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PublishedArticlesService implements PublishedArticles {

	private final ArticleRepository articles;

	private final SectionRepository sections;

	private final Clock clock;

	PublishedArticlesService(ArticleRepository articles, SectionRepository sections, Clock clock) {
		this.articles = articles;
		this.sections = sections;
		this.clock = clock;
	}

	@Override
	public Page<ArticleSummary> page(int pageIndex, int size) {
		return articles.findPublicPage(clock.instant(), PageRequest.of(pageIndex, size)).map(Article::toSummary);
	}

	@Override
	public Optional<Page<ArticleSummary>> pageInSection(String sectionSlug, int pageIndex, int size) {
		if (sections.findBySlug(sectionSlug).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(articles.findPublicInSection(clock.instant(), sectionSlug, PageRequest.of(pageIndex, size))
			.map(Article::toSummary));
	}

	@Override
	public Optional<ArticleContent> bySlug(String slug) {
		var now = clock.instant();
		return articles.findBySlug(slug)
			.filter(article -> article.isPublicAt(now))
			.map(article -> new ArticleContent(article.toSummary(), article.getBody(), article.getPublicUpdatedAt(),
					article.getTags()));
	}

	@Override
	public Optional<String> currentSlugOf(String formerSlug) {
		var now = clock.instant();
		return articles.findByFormerSlug(formerSlug).filter(article -> article.isPublicAt(now)).map(Article::getSlug);
	}

}
