package org.cohesion.portal.search;

/**
 * The index did not answer (on several nodes: the search cluster is down, unreachable or
 * too slow). The rest of the site works; the search page and the API say so in French.
 */
public class SearchUnavailable extends RuntimeException {

	public SearchUnavailable(Throwable cause) {
		super("The search index did not answer", cause);
	}

}
