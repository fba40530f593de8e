package org.cohesion.portal.news.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Translations are changed through their article; this only reads them. */
public interface ArticleTranslationRepository extends JpaRepository<ArticleTranslation, Long> {

	boolean existsByLanguageAndSlug(String language, String slug);

	/** A translation of a public article, by its own slug. */
	@Query("select t from ArticleTranslation t join fetch t.article a join fetch a.section where t.language = :language "
			+ "and t.slug = :slug and " + ArticleRepository.PUBLIC)
	Optional<ArticleTranslation> findPublicBySlug(Instant now, String language, String slug);

	@Query("select t from ArticleTranslation t where t.language = :language and t.article.id in :articleIds")
	List<ArticleTranslation> findByLanguageAndArticleIds(String language, Collection<Long> articleIds);

	/** Every translation of public articles (for the sitemap). */
	@Query("select t from ArticleTranslation t join t.article a where " + ArticleRepository.PUBLIC)
	List<ArticleTranslation> findAllPublic(Instant now);

	/** Translations of the articles of a page of the back office's list. */
	@Query("select t from ArticleTranslation t join fetch t.article where t.article.id in :articleIds")
	List<ArticleTranslation> findByArticleIds(Collection<Long> articleIds);

}
