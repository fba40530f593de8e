package org.cohesion.portal.newsletter.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EditionRepository extends JpaRepository<Edition, Long> {

	@Query("select e from Edition e order by e.createdAt desc, e.id desc")
	List<Edition> findAllForBackOffice();

	/** Every edition whose sending finished once (it stays while some are sent again). */
	@Query("select e from Edition e where e.finishedAt is not null order by e.number desc")
	List<Edition> findArchive();

	@Query("select e from Edition e where e.slug = :slug and e.finishedAt is not null")
	Optional<Edition> findArchived(String slug);

	boolean existsByPeriodKey(String periodKey);

	Optional<Edition> findByPeriodKey(String periodKey);

	/** Editions still being prepared (draft or scheduled) that hold the article. */
	@Query("select distinct e from Edition e join e.items i where i.articleId = :articleId and e.status in "
			+ "(org.cohesion.portal.newsletter.domain.EditionStatus.DRAFT, "
			+ "org.cohesion.portal.newsletter.domain.EditionStatus.SCHEDULED)")
	List<Edition> findInPreparationHolding(long articleId);

	@Query("select count(i) from EditionItem i where i.edition.id = :id")
	long countItems(long id);

	@Query("select e from Edition e where e.status = org.cohesion.portal.newsletter.domain.EditionStatus.SENDING and e.relayDownSince is not null order by e.relayDownSince, e.id")
	List<Edition> findWaitingForRelay();

	@Query("select coalesce(max(e.number), 0) from Edition e")
	int maxNumber();

}
