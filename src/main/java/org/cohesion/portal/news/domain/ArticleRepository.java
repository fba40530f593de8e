package org.cohesion.portal.news.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Public queries all take {@code now}: an article is public once PUBLISHED and its
 * publication time has come (which is how scheduled publication stays correct between two
 * runs of the scheduler).
 */
public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	String PUBLIC = "a.status = org.cohesion.portal.news.domain.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

	boolean existsBySlug(String slug);

	@Query("select min(a.publishedAt) from Article a where a.status = org.cohesion.portal.news.domain.ArticleStatus.PUBLISHED and a.publishedAt > :now")
	@Nullable Instant findNextPublicationAfter(Instant now);

	Optional<Article> findBySlug(String slug);

	@Query("select s.article from ArticleSlugAlias s where s.slug = :slug")
	Optional<Article> findByFormerSlug(String slug);

	/** Whether the slug still redirects to an article other than {@code articleId}. */
	@Query("select count(s) > 0 from ArticleSlugAlias s where s.slug = :slug and s.article.id <> :articleId")
	boolean isFormerSlugOfAnother(String slug, long articleId);

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
			+ " and a.galleryId = :galleryId order by a.publishedAt desc, a.id desc")
	List<Article> findPublicShowingGallery(Instant now, long galleryId);

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

	@Query("select a.status, count(a) from Article a group by a.status")
	List<Object[]> countByStatus();

	@Query("select distinct a.authorId, a.authorName from Article a where a.authorId is not null order by a.authorName")
	List<Object[]> findAuthors();

	// --- the back office's dashboard

	List<Article> findByAuthorIdAndStatusOrderByUpdatedAtDesc(long authorId, ArticleStatus status, Limit limit);

	long countByAuthorIdAndStatus(long authorId, ArticleStatus status);

	List<Article> findByStatusOrderByUpdatedAtDesc(ArticleStatus status, Limit limit);

	long countByStatus(ArticleStatus status);

	List<Article> findByStatusAndPublishedAtAfterOrderByPublishedAtAsc(ArticleStatus status, Instant after,
			Limit limit);

	long countByStatusAndPublishedAtAfter(ArticleStatus status, Instant after);

	List<Article> findAllByOrderByUpdatedAtDesc(Limit limit);

	/** Publications whose time has come and that no node has announced yet. */
	@Query(value = "select id from news_article where status = 'PUBLISHED' and published_at <= :now "
			+ "and announced_at is null order by published_at", nativeQuery = true)
	List<Long> findDueForAnnouncement(Instant now);

	/**
	 * Claims the announcement of a publication: 1 when this caller is the one to announce
	 * it, 0 when another node (or an earlier run) already did. The row lock taken by the
	 * update makes a concurrent claim wait, then find {@code announced_at} set.
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "update news_article set announced_at = :now where id = :id and announced_at is null",
			nativeQuery = true)
	int claimAnnouncement(long id, Instant now);

	/** A new publication of a previously published article is announced again. */
	@Modifying(flushAutomatically = true)
	@Query(value = "update news_article set announced_at = null where id = :id", nativeQuery = true)
	int forgetAnnouncement(long id);

}
