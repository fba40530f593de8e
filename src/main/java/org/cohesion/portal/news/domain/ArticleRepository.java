package org.cohesion.portal.news.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Public queries all take {@code now}: an article is public once PUBLISHED and its
 * publication time has come (which is how scheduled publication stays correct between two
 * runs of the scheduler).
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

	String PUBLIC = "a.status = org.cohesion.portal.news.domain.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

	boolean existsBySlug(String slug);

	Optional<Article> findBySlug(String slug);

	@Query("select s.article from ArticleSlugAlias s where s.slug = :slug")
	Optional<Article> findByFormerSlug(String slug);

	@Query("select a from Article a join fetch a.section where " + PUBLIC + " order by a.publishedAt desc, a.id desc")
	List<Article> findPublic(Instant now, Limit limit);

	@Query("select a from Article a join fetch a.section where " + PUBLIC + " and a.id <> :excludeId "
			+ "order by a.publishedAt desc, a.id desc")
	List<Article> findPublicExcept(Instant now, long excludeId, Limit limit);

	@Query("select a from Article a join fetch a.section where " + PUBLIC + " and a.featured = true "
			+ "order by a.publishedAt desc, a.id desc")
	List<Article> findPublicFeatured(Instant now, Limit limit);

	@Query(value = "select a from Article a join fetch a.section where " + PUBLIC
			+ " order by a.publishedAt desc, a.id desc", countQuery = "select count(a) from Article a where " + PUBLIC)
	Page<Article> findPublicPage(Instant now, Pageable pageable);

	@Query(value = "select a from Article a join fetch a.section s where " + PUBLIC
			+ " and s.slug = :section order by a.publishedAt desc, a.id desc",
			countQuery = "select count(a) from Article a where " + PUBLIC + " and a.section.slug = :section")
	Page<Article> findPublicInSection(Instant now, String section, Pageable pageable);

	@Query("select a from Article a join fetch a.section where " + PUBLIC
			+ " and a.publishedAt >= :from and a.publishedAt < :to order by a.publishedAt desc, a.id desc")
	List<Article> findPublicBetween(Instant now, Instant from, Instant to);

	@Query("select a.publishedAt from Article a where " + PUBLIC)
	List<Instant> findPublicationDates(Instant now);

	@Query("select a.section.id, count(a) from Article a where " + PUBLIC + " group by a.section.id")
	List<Object[]> countPublicBySection(Instant now);

	@Query("select a from Article a join fetch a.section where " + PUBLIC
			+ " and a.section = :section and a.id <> :excludeId order by a.publishedAt desc, a.id desc")
	List<Article> findRelated(Instant now, Section section, long excludeId, Limit limit);

	@Query("select a from Article a join fetch a.section where " + PUBLIC
			+ " and (a.publishedAt < :at or (a.publishedAt = :at and a.id < :id)) order by a.publishedAt desc, a.id desc")
	List<Article> findOlder(Instant now, Instant at, long id, Limit limit);

	@Query("select a from Article a join fetch a.section where " + PUBLIC
			+ " and (a.publishedAt > :at or (a.publishedAt = :at and a.id > :id)) order by a.publishedAt asc, a.id asc")
	List<Article> findNewer(Instant now, Instant at, long id, Limit limit);

	@Query("select a.id, a.slug from Article a where " + PUBLIC + " and a.id in :ids")
	List<Object[]> findPublicSlugs(Instant now, Collection<Long> ids);

	@Query("select a.id from Article a where " + PUBLIC + " and (a.title = :key or a.slug = :key)")
	List<Long> findPublicIdsByTitleOrSlug(Instant now, String key);

}
