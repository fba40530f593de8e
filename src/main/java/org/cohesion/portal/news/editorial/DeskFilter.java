package org.cohesion.portal.news.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The back office's article list filters, each optional: state, section, author, and text
 * found in the title.
 */
public record DeskFilter(@Nullable ArticleStatus status, @Nullable Long sectionId, @Nullable Long authorId,
		String text) {

	Specification<Article> specification() {
		return (root, query, cb) -> {
			if (query != null && Long.class != query.getResultType() && long.class != query.getResultType()) {
				root.fetch("section");
			}
			List<Predicate> where = new ArrayList<>();
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (sectionId != null) {
				where.add(cb.equal(root.get("section").get("id"), sectionId));
			}
			if (authorId != null) {
				where.add(cb.equal(root.get("authorId"), authorId));
			}
			if (!text.isEmpty()) {
				String pattern = "%"
						+ text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
				where.add(cb.like(cb.lower(root.get("title")), pattern, '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
