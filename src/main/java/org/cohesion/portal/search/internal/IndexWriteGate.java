package org.cohesion.portal.search.internal;

import java.io.IOException;
import java.util.List;

import org.apache.http.HttpRequestInterceptor;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurer;

/**
 * Refuses, in the backend's own HTTP client, every request that writes documents until
 * this node has made sure that the cluster's indexes exist ({@link ClusterWatch}).
 * <p>
 * Hibernate Search does not create the indexes at start-up on OpenSearch (a node must
 * start while the cluster is down), but its outbox agent starts indexing at once. A
 * document written to an alias that does not exist yet would make the cluster create a
 * plain index of that name with guessed field types (its {@code auto_create_index}
 * default), which then stands where the real index and its aliases should be. Refused
 * here, the write fails as it would on a dead cluster: the event is retried, and taken up
 * again once the indexes exist.
 */
final class IndexWriteGate implements ElasticsearchHttpClientConfigurer {

	/** The endpoints that write or delete documents. */
	private static final List<String> WRITES = List.of("/_bulk", "/_doc", "/_create", "/_update", "/_delete_by_query",
			"/_update_by_query");

	private volatile boolean open;

	void open() {
		open = true;
	}

	void close() {
		open = false;
	}

	boolean isOpen() {
		return open;
	}

	@Override
	public void configure(ElasticsearchHttpClientConfigurationContext context) {
		context.clientBuilder().addInterceptorFirst((HttpRequestInterceptor) (request, ignored) -> {
			if (!open && writes(request.getRequestLine().getUri())) {
				throw new IOException("search indexes not verified yet on this node: write refused");
			}
		});
	}

	static boolean writes(String uri) {
		int query = uri.indexOf('?');
		String path = query < 0 ? uri : uri.substring(0, query);
		return WRITES.stream().anyMatch(path::contains);
	}

}
