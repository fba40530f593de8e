package org.cohesion.portal.site;

import java.util.List;
import java.util.Optional;

import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SitePagesService implements SitePages {

	private final PageRepository pages;

	SitePagesService(PageRepository pages) {
		this.pages = pages;
	}

	@Override
	public List<PageContent> all() {
		return pages.findAllByOrderByPositionAsc()
			.stream()
			.map(page -> new PageContent(page.getSlug(), page.getTitle(), page.getSummary(), null, page.getUpdatedAt()))
			.toList();
	}

	@Override
	public Optional<PageContent> bySlug(String slug) {
		return pages.findBySlug(slug)
			.map(page -> new PageContent(page.getSlug(), page.getTitle(), page.getSummary(), page.getBody(),
					page.getUpdatedAt()));
	}

}
