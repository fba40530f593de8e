package org.cohesion.portal.search.web;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.search.SearchIndex;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's rebuild of the search index: starts it and records who did, in one
 * transaction (the audit entry joins it), so that the controller only maps the request.
 */
@Service
class SearchRebuilds {

	private final SearchIndex index;

	private final AuditTrail audit;

	SearchRebuilds(SearchIndex index, AuditTrail audit) {
		this.index = index;
		this.audit = audit;
	}

	/**
	 * @return whether a rebuild started (not when one is already running)
	 */
	@Transactional
	boolean start(String actor, @Nullable String ip) {
		boolean started = index.rebuild();
		if (started) {
			audit.record(actor, ip, "SEARCH_REINDEX_STARTED", "search", null,
					"Reconstruction de l’index de recherche lancée", null, null);
		}
		return started;
	}

}
