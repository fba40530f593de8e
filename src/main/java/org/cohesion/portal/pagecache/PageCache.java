package org.cohesion.portal.pagecache;

/**
 * For the rare change that public pages show but the ORM does not see (a bulk SQL
 * update): its author says so, and every node drops its cached pages. Changes made
 * through JPA entities of the content modules need nothing: they are seen after their
 * commit.
 */
public interface PageCache {

	/** Drops this node's cached pages now and tells the other nodes. */
	void contentChanged();

}
