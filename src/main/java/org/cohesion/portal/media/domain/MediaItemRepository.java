package org.cohesion.portal.media.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MediaItemRepository extends JpaRepository<MediaItem, Long> {

	Optional<MediaItem> findByContentHash(String contentHash);

	Optional<MediaItem> findFirstByOriginalNameOrderByIdAsc(String originalName);

	Optional<MediaItem> findFirstByContentHashStartingWith(String prefix);

	List<MediaItem> findByStatus(MediaStatus status);

	/**
	 * The library's search: every filter optional ({@code used} null = either; {@code q}
	 * already lower-cased and wrapped in %).
	 */
	@Query("""
			select m from MediaItem m
			where (:kind is null or m.kind = :kind)
			  and (:q is null or lower(m.originalName) like :q or lower(coalesce(m.alt, '')) like :q
			       or lower(coalesce(m.caption, '')) like :q or lower(coalesce(m.credit, '')) like :q)
			  and (:from is null or m.uploadedAt >= :from)
			  and (:until is null or m.uploadedAt < :until)
			  and (:used is null
			       or (:used = true and exists (select u.id from MediaUsage u where u.mediaId = m.id))
			       or (:used = false and not exists (select u.id from MediaUsage u where u.mediaId = m.id)))
			order by m.uploadedAt desc, m.id desc
			""")
	Page<MediaItem> search(@Nullable MediaKind kind, @Nullable String q, @Nullable Instant from,
			@Nullable Instant until, @Nullable Boolean used, Pageable pageable);

	@Query("""
			select m from MediaItem m
			where m.kind = org.cohesion.portal.media.domain.MediaKind.IMAGE
			  and m.status = org.cohesion.portal.media.domain.MediaStatus.READY
			  and m.alt is not null
			order by m.uploadedAt desc, m.id desc
			""")
	List<MediaItem> publishableImages(Pageable pageable);

}
