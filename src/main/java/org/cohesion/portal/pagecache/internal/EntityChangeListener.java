package org.cohesion.portal.pagecache.internal;

import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sees every write of a content entity through the portal's persistence unit, and drops
 * the cached pages once its transaction has committed (never before: a reader between the
 * flush and the commit would otherwise cache the old page again). A rolled-back change
 * drops nothing.
 */
final class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private final ContentChanges changes;

	EntityChangeListener(ContentChanges changes) {
		this.changes = changes;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getPersister().getEntityName());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getPersister().getEntityName());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getPersister().getEntityName());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		changed(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		changed(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		changed(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void changed(AbstractCollectionEvent event) {
		changed(event.getAffectedOwnerEntityName());
	}

	private void changed(String entityName) {
		if (!ContentChanges.showsOnPublicPages(entityName)) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			changes.contentChanged();
			return;
		}
		boolean registered = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.anyMatch(DropAfterCommit.class::isInstance);
		if (!registered) {
			TransactionSynchronizationManager.registerSynchronization(new DropAfterCommit(changes));
		}
	}

	private record DropAfterCommit(ContentChanges changes) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			changes.contentChanged();
		}

	}

}
