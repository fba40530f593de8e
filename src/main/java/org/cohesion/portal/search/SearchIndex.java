package org.cohesion.portal.search;

/**
 * Upkeep of the search index: rebuilding it from the database, and how that goes. The
 * index otherwise follows every change of content by itself.
 */
public interface SearchIndex {

	/**
	 * Starts rebuilding the whole index in the background, unless a rebuild is already
	 * running.
	 * @return whether this call started one
	 */
	boolean rebuild();

	RebuildProgress progress();

	/** How many documents the index holds (published or scheduled). */
	long documentCount();

	/** Empties the index (tests start from a clean index this way). */
	void purge();

}
