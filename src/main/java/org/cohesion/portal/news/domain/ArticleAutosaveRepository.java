package org.cohesion.portal.news.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ArticleAutosaveRepository extends JpaRepository<ArticleAutosave, Long> {

	Optional<ArticleAutosave> findByArticleIdAndEditorId(long articleId, long editorId);

	@Modifying(flushAutomatically = true)
	@Query("delete from ArticleAutosave a where a.articleId = :articleId and a.editorId = :editorId")
	int clear(long articleId, long editorId);

}
