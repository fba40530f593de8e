package org.cohesion.portal.newsletter.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EditionRepository extends JpaRepository<Edition, Long> {

	@Query("select e from Edition e order by e.createdAt desc, e.id desc")
	List<Edition> findAllForBackOffice();

	@Query("select e from Edition e where e.status = org.cohesion.portal.newsletter.domain.EditionStatus.SENT order by e.number desc")
	List<Edition> findArchive();

	Optional<Edition> findBySlugAndStatus(String slug, EditionStatus status);

	boolean existsByPeriodKey(String periodKey);

	@Query("select count(i) from EditionItem i where i.edition.id = :id")
	long countItems(long id);

	@Query("select coalesce(max(e.number), 0) from Edition e")
	int maxNumber();

}
