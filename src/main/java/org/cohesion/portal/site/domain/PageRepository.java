package org.cohesion.portal.site.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PageRepository extends JpaRepository<Page, Long> {

	Optional<Page> findBySlug(String slug);

	List<Page> findAllByOrderByPositionAsc();

	/**
	 * What the navigation needs of every page, on every public request: never the bodies.
	 */
	@Query("select new org.cohesion.portal.site.domain.PageLink(p.slug, p.title) from Page p order by p.position")
	List<PageLink> findNavigation();

}
