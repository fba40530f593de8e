package org.cohesion.portal.search;

import java.util.List;

/**
 * Full-text search over everything the public may read, in French. Only published content
 * is ever returned: unpublished articles are not in the index, and content dated in the
 * future (scheduled) is left out by every query.
 */
public interface SiteSearch {

	/** Kinds of content that can be found, as in {@link SearchHit#type()}. */
	List<String> TYPES = List.of("article", "flash", "page", "gallery");

	/**
	 * @throws InvalidSearch when the text has no word to look for, is too long or has too
	 * many words (the reason is for the reader)
	 */
	SearchResults search(SearchRequest request);

	/**
	 * Titles starting with the words typed so far, for suggestions while typing; empty
	 * for an empty or unusable text.
	 */
	List<Suggestion> suggest(String text, int max);

	/**
	 * Whether a change is found as soon as its transaction has committed (one node: the
	 * embedded index is written before the commit returns) or only a moment later
	 * (several nodes: the cluster is fed in the background from the outbox). A node's
	 * page cache is emptied when a change commits, not when it is indexed: results of a
	 * later index must not be kept by it, or a page rendered in between would show a
	 * withdrawn article until the next change.
	 */
	boolean findsChangesOnCommit();

}
