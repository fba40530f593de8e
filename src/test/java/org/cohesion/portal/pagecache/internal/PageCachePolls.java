package org.cohesion.portal.pagecache.internal;

import org.springframework.context.ApplicationContext;

/**
 * For tests of several nodes: runs a node's page-cache poll now (tell the others of its
 * changes, then see theirs), so that a test knows every change so far has been seen
 * before it fills a cache.
 */
public final class PageCachePolls {

	private PageCachePolls() {
	}

	public static void pollNow(ApplicationContext node) {
		node.getBean(ContentChanges.class).poll();
	}

}
