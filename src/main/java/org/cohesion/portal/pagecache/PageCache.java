package org.cohesion.portal.pagecache;

import java.util.OptionalLong;

/**
 * For the rare change that public pages show but the ORM does not see (a bulk SQL
 * update): its author says so, and every node drops its cached pages. Changes made
 * through JPA entities of the content modules need nothing: they are seen after their
 * commit.
 */
public interface PageCache {

	/** Drops this node's cached pages now and tells the other nodes. */
	void contentChanged();

	/**
	 * The generation of public content on this node: a number that changes after every
	 * content change committed on any node and whenever scheduled content comes due, the
	 * same events that drop the cached pages. A module may keep what it read from the
	 * database for public pages (a read model) while the number stays the same, reading
	 * the number <em>before</em> the database. Empty when read models must not be kept
	 * ({@code portal.page-cache.read-models=false}): every read goes to the database.
	 */
	OptionalLong contentGeneration();

}
