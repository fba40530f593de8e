package org.cohesion.portal.media.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MediaItemRepository extends JpaRepository<MediaItem, Long>, JpaSpecificationExecutor<MediaItem> {

	Optional<MediaItem> findByContentHash(String contentHash);

	Optional<MediaItem> findFirstByOriginalNameOrderByIdAsc(String originalName);

	Optional<MediaItem> findFirstByContentHashStartingWith(String prefix);

	List<MediaItem> findByStatus(MediaStatus status);

	/**
	 * The library's search: every filter optional ({@code used} null = either). Built as
	 * criteria rather than one query with "param is null" tests, which PostgreSQL cannot
	 * type when the parameter is null.
	 */
	static Specification<MediaItem> matching(@Nullable MediaKind kind, @Nullable String text, @Nullable Instant from,
			@Nullable Instant until, @Nullable Boolean used) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (kind != null) {
				where.add(cb.equal(root.get("kind"), kind));
			}
			if (text != null && !text.isBlank()) {
				String like = "%" + text.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("originalName")), like, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("alt"), "")), like, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("caption"), "")), like, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("credit"), "")), like, '\\')));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("uploadedAt"), from));
			}
			if (until != null) {
				where.add(cb.lessThan(root.get("uploadedAt"), until));
			}
			if (used != null) {
				Subquery<Long> usage = query.subquery(Long.class);
				var u = usage.from(MediaUsage.class);
				usage.select(u.get("id")).where(cb.equal(u.get("mediaId"), root.get("id")));
				where.add(used ? cb.exists(usage) : cb.not(cb.exists(usage)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	@Query("""
			select m from MediaItem m
			where m.kind = org.cohesion.portal.media.domain.MediaKind.IMAGE
			  and m.status = org.cohesion.portal.media.domain.MediaStatus.READY
			  and m.alt is not null
			order by m.uploadedAt desc, m.id desc
			""")
	List<MediaItem> publishableImages(Pageable pageable);

}
