package org.cohesion.portal.search.internal;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default layout (an index {@code article-000001} behind the aliases
 * {@code article-write} and {@code article-read}, so that a mass reindex can be switched
 * in by alias), with a prefix before every name: one cluster can hold the indexes of
 * several portals (a staging site beside production) without mixing their documents.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

	private final String prefix;

	PrefixedIndexLayout(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return prefix + hibernateSearchIndexName + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return hibernateSearchIndexName;
	}

	/**
	 * The Hibernate Search name back from a real index name
	 * ({@code portal-article-000001}).
	 */
	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		String name = elasticsearchIndexName.startsWith(prefix) ? elasticsearchIndexName.substring(prefix.length())
				: elasticsearchIndexName;
		int dash = name.lastIndexOf('-');
		return dash < 0 ? name : name.substring(0, dash);
	}

}
