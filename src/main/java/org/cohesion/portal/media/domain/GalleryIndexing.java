package org.cohesion.portal.media.domain;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Keeps galleries' search documents in step with their images: whether a gallery is in
 * the index depends on its media items ({@link GallerySearchMapping}), which Hibernate
 * Search does not follow, since a gallery holds their ids only.
 */
@Component
public class GalleryIndexing {

	private final GalleryRepository galleries;

	private final EntityManager entityManager;

	GalleryIndexing(GalleryRepository galleries, EntityManager entityManager) {
		this.galleries = galleries;
		this.entityManager = entityManager;
	}

	/**
	 * Re-indexes (or removes from the index) every gallery showing this item, when the
	 * current transaction commits. Call it in the transaction that changed the item.
	 */
	public void itemChanged(long mediaId) {
		var plan = Search.session(entityManager).indexingPlan();
		galleries.findContaining(mediaId).forEach(plan::addOrUpdate);
	}

}
