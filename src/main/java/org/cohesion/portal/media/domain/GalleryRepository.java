package org.cohesion.portal.media.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GalleryRepository extends JpaRepository<Gallery, Long> {

	Optional<Gallery> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Gallery> findAllByOrderByDateDescIdDesc();

	List<Gallery> findAllByOrderByDateDescIdDesc(Pageable pageable);

	/**
	 * Galleries with at least one image that can appear on a public page (processed, with
	 * its text alternative), newest first.
	 */
	@Query(value = "select g from Gallery g where exists (" + SHOWABLE + ") order by g.date desc, g.id desc",
			countQuery = "select count(g) from Gallery g where exists (" + SHOWABLE + ")")
	Page<Gallery> findShowable(Pageable pageable);

	String SHOWABLE = "select 1 from Gallery g2 join g2.images i, MediaItem m where g2 = g and m.id = i.mediaId"
			+ " and m.kind = org.cohesion.portal.media.domain.MediaKind.IMAGE"
			+ " and m.status = org.cohesion.portal.media.domain.MediaStatus.READY and m.alt is not null";

	@Query("select distinct g from Gallery g join g.images i where i.mediaId = :mediaId")
	List<Gallery> findContaining(long mediaId);

}
