package org.cohesion.portal.site.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Translations are changed through their page; this only reads them. */
public interface PageTranslationRepository extends JpaRepository<PageTranslation, Long> {

	boolean existsByLanguageAndSlug(String language, String slug);

	@Query("select t from PageTranslation t join fetch t.page where t.language = :language and t.slug = :slug")
	Optional<PageTranslation> findByLanguageAndSlug(String language, String slug);

	/**
	 * What the navigation needs in {@code language}: each page's translated address and
	 * title where it has them, its own otherwise (never the bodies).
	 */
	@Query("select new org.cohesion.portal.site.domain.LocalizedPageLink(p.slug, coalesce(t.slug, p.slug), "
			+ "coalesce(t.title, p.title), coalesce(t.language, p.language)) from Page p "
			+ "left join PageTranslation t on t.page = p and t.language = :language order by p.position")
	List<LocalizedPageLink> findNavigation(String language);

	@Query("select t from PageTranslation t join fetch t.page")
	List<PageTranslation> findAllWithPages();

}
