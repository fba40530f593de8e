package org.cohesion.portal.media.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GalleryRepository extends JpaRepository<Gallery, Long> {

	Optional<Gallery> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Gallery> findAllByOrderByDateDescIdDesc();

	List<Gallery> findAllByOrderByDateDescIdDesc(Pageable pageable);

	@Query("select distinct g from Gallery g join g.images i where i.mediaId = :mediaId")
	List<Gallery> findContaining(long mediaId);

}
