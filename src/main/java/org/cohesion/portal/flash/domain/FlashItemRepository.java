package org.cohesion.portal.flash.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FlashItemRepository extends JpaRepository<FlashItem, Long> {

	@Query("select f from FlashItem f where f.showFrom <= :now and (f.showUntil is null or f.showUntil > :now) "
			+ "order by f.position asc, f.publishedAt desc, f.id desc")
	List<FlashItem> findShownAt(Instant now, Limit limit);

	@Query("select f from FlashItem f order by f.position asc, f.showFrom desc, f.id desc")
	List<FlashItem> findAllForBackOffice();

	@Query("select f from FlashItem f where f.showFrom <= :now order by f.publishedAt desc, f.id desc")
	Page<FlashItem> findArchive(Instant now, Pageable pageable);

	@Query("select min(f.showFrom) from FlashItem f where f.showFrom > :now")
	@Nullable Instant findNextShowFromAfter(Instant now);

	@Query("select min(f.showUntil) from FlashItem f where f.showUntil > :now")
	@Nullable Instant findNextShowUntilAfter(Instant now);

}
