package org.cohesion.portal.media;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Where library items are shown. Owners (an article, a newsletter issue…) call this when
 * they save, in their own transaction, so the library can tell where an item is used and
 * refuse to delete it. The media module never calls its owners: the dependency runs one
 * way.
 */
public interface MediaUsages {

	/**
	 * The items this owner shows now, replacing what it showed before.
	 * @param ownerType a short stable name ({@code article})
	 * @param ownerId its identifier
	 * @param mediaIds the items it shows (unknown ids are ignored)
	 * @param label what editors see in the library ("Actualité : …")
	 * @param path where to find the owner in the back office, if anywhere
	 */
	void replace(String ownerType, long ownerId, Collection<Long> mediaIds, String label, @Nullable String path);

	/** The owner is gone or shows nothing any more. */
	default void release(String ownerType, long ownerId) {
		replace(ownerType, ownerId, java.util.List.of(), "", null);
	}

}
