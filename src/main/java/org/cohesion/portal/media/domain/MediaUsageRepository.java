package org.cohesion.portal.media.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MediaUsageRepository extends JpaRepository<MediaUsage, Long> {

	List<MediaUsage> findByOwnerTypeAndOwnerId(String ownerType, long ownerId);

	List<MediaUsage> findByMediaIdIn(Collection<Long> mediaIds);

	List<MediaUsage> findByMediaIdOrderByOwnerTypeAscLabelAsc(long mediaId);

	boolean existsByMediaId(long mediaId);

}
